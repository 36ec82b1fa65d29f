import type { SyntheticSeries } from '@localplus/server-kit';

/**
 * Requests of a service from `origin` (epoch seconds) at a steady rate,
 * `errorShare` of them 5xx: counters as a real exporter serves them.
 */
export function serviceTraffic(
  service: string,
  origin: number,
  options: { perSecond: number; errorShare: number },
): SyntheticSeries[] {
  const total = (t: number) => options.perSecond * Math.max(0, t - origin);
  return [
    {
      metric: 'http_requests_total',
      labels: { service, status: '200' },
      valueAt: t => total(t) * (1 - options.errorShare),
    },
    {
      metric: 'http_requests_total',
      labels: { service, status: '500' },
      valueAt: t => total(t) * options.errorShare,
    },
  ];
}

/** The blackbox exporter's `probe_tls_version_info`: 1 for the version the endpoint negotiated. */
export function tlsProbe(instance: string, version: string): SyntheticSeries {
  return {
    metric: 'probe_tls_version_info',
    labels: { instance, version },
    valueAt: () => 1,
  };
}
