import {
  CheckScopeError,
  type CollectedObservation,
  errorMessage,
  type EvidenceCheck,
} from '@localplus/plugin-compliance-node';
import type { PrometheusRun } from '../collector/PrometheusRun';
import { tlsMinimumParams } from './checkParams';
import { parseCheckParams } from '@localplus/plugin-compliance-node';

export const TLS_MINIMUM_CHECK: EvidenceCheck = {
  id: 'tls-minimum',
  title: 'Endpoints negotiate an allowed TLS version',
  description:
    'Every endpoint the blackbox exporter probes (the probe_tls_version_info series in Prometheus, by instance) negotiated a TLS version among params.allowed (default TLS 1.2 and TLS 1.3) at its latest probe. Subject endpoint:<instance>. Fails for any other version; no probe series at all is an error (no evidence).',
};

const CHECK = `prometheus.${TLS_MINIMUM_CHECK.id}`;
/** The blackbox exporter's series: `version` label, value 1, per probed `instance`. */
export const TLS_VERSION_METRIC = 'probe_tls_version_info';
const MAX_INSTANCE_LENGTH = 500;

export async function checkTlsMinimum(
  run: PrometheusRun,
  params: unknown,
): Promise<CollectedObservation[]> {
  const parsed = parseCheckParams(CHECK, tlsMinimumParams, params);
  const prometheus = run.prometheus(CHECK, parsed);
  const { host } = prometheus.target;
  const scope = `prometheus:${host}`;
  let samples;
  try {
    samples = await prometheus.instantQuery(
      TLS_VERSION_METRIC,
      run.now,
      run.signal,
    );
  } catch (error) {
    throw new CheckScopeError(scope, errorMessage(error));
  }
  const versions = new Map<string, Set<string>>();
  for (const { labels, value } of samples) {
    const { instance, version } = labels;
    // An instance is a URL or host:port; anything longer is not one we report.
    if (!instance || instance.length > MAX_INSTANCE_LENGTH) continue;
    if (!version || value !== 1) continue;
    const seen = versions.get(instance) ?? new Set<string>();
    seen.add(version);
    versions.set(instance, seen);
  }
  if (versions.size === 0) {
    throw new CheckScopeError(
      scope,
      `No TLS probes found: Prometheus at ${host} has no ${TLS_VERSION_METRIC} series with an instance and a version.`,
    );
  }
  const allowed = new Set(parsed.allowed);
  const allowedText = parsed.allowed.join(', ');
  const examined = [
    {
      type: 'prometheus-query',
      ref: TLS_VERSION_METRIC,
      href: prometheus.url(
        `/api/v1/query?${new URLSearchParams({ query: TLS_VERSION_METRIC })}`,
      ),
    },
  ];
  return [...versions]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([instance, seen]): CollectedObservation => {
      const negotiated = [...seen].sort();
      const refused = negotiated.filter(version => !allowed.has(version));
      const base = {
        check: CHECK,
        subject: `endpoint:${instance}`,
        method: 'test' as const,
        examined,
        details: {
          versions: negotiated,
          allowed: parsed.allowed,
          prometheus: host,
        },
      };
      return refused.length === 0
        ? {
            ...base,
            result: 'pass',
            summary: `Negotiates ${negotiated.join(
              ' and ',
            )}, among the allowed ${allowedText}.`,
          }
        : {
            ...base,
            result: 'fail',
            summary: `Negotiates ${refused.join(
              ' and ',
            )}, which is not among the allowed ${allowedText}.`,
          };
    });
}
