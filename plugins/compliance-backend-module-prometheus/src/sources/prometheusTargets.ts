import type { Config } from '@backstage/config';

/** One Prometheus HTTP API the checks read. */
export interface PrometheusTarget {
  /** Where it comes from: `slo.prometheus.environments.prod` or `the check's baseUrl`. */
  origin: string;
  /** Without a trailing slash; may end with a path prefix (`/prometheus`). */
  baseUrl: string;
  /** `host:port`, the subject of the Prometheus-wide checks. */
  host: string;
  /** Configured headers (a bearer token): sent, never shown. */
  headers: Record<string, string>;
}

/** The Prometheus of each SLO environment, as the SLO backend's module reads them. */
export interface PrometheusTargets {
  defaultEnvironment: string;
  environments: ReadonlyMap<string, PrometheusTarget>;
}

const ENVIRONMENTS_KEY = 'slo.prometheus.environments';

/** Checks an http(s) URL without credentials, query or fragment; returns the reason it is not one. */
export function httpUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'must be an http or https URL';
  }
  if (url.username || url.password) {
    return 'must not carry credentials (use headers)';
  }
  if (url.search || url.hash) {
    return 'must not have a query string or fragment';
  }
  return undefined;
}

/** A target from a URL already checked by {@link httpUrlProblem}. */
export function prometheusTarget(
  baseUrl: string,
  origin: string,
  headers: Record<string, string> = {},
): PrometheusTarget {
  return {
    origin,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    host: new URL(baseUrl).host,
    headers,
  };
}

/**
 * Reads `slo.prometheus.environments` and `slo.defaultEnvironment` (the SLO
 * backend's own keys, so one configuration serves both). A bad URL stops
 * the backend at startup with the key at fault; no environment at all is
 * allowed (then the checks need a `baseUrl` parameter).
 */
export function readPrometheusTargets(config: Config): PrometheusTargets {
  const environments = new Map<string, PrometheusTarget>();
  const section = config.getOptionalConfig(ENVIRONMENTS_KEY);
  for (const name of section?.keys() ?? []) {
    const key = `${ENVIRONMENTS_KEY}.${name}`;
    const environment = section!.getConfig(name);
    const baseUrl = environment.getString('baseUrl');
    const problem = httpUrlProblem(baseUrl);
    if (problem) {
      throw new Error(`Invalid ${key}.baseUrl: ${problem}`);
    }
    const headerSection = environment.getOptionalConfig('headers');
    const headers: Record<string, string> = {};
    for (const header of headerSection?.keys() ?? []) {
      headers[header] = headerSection!.getString(header);
    }
    environments.set(name, prometheusTarget(baseUrl, key, headers));
  }
  return {
    defaultEnvironment:
      config.getOptionalString('slo.defaultEnvironment') ?? 'prod',
    environments,
  };
}
