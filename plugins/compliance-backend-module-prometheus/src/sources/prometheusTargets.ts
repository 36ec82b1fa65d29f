import type { Config } from '@backstage/config';
import { httpBaseUrlProblem, normalizeBaseUrl } from '@localplus/portal-node';

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

/** A target from a URL already checked by `httpBaseUrlProblem`. */
export function prometheusTarget(
  baseUrl: string,
  origin: string,
  headers: Record<string, string> = {},
): PrometheusTarget {
  return {
    origin,
    baseUrl: normalizeBaseUrl(baseUrl),
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
    const problem = httpBaseUrlProblem(baseUrl, 'headers');
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
