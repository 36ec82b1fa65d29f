import { asObject } from '../fieldReaders';
import {
  describeObject,
  isWorkloadKind,
  KubernetesObject,
} from '../kubernetesObjects';
import type { PolicyViolation } from '../policyTypes';

/**
 * `require-metrics` looks at a whole overlay rather than one object: a
 * service's workloads are scraped when some ServiceMonitor of the overlay
 * reads `/metrics`. Jobs run to completion and are not scraped.
 */
export function checkMetricsScraped(
  objects: readonly KubernetesObject[],
): PolicyViolation[] {
  const workloads = objects.filter(
    object => isWorkloadKind(object.kind) && object.kind !== 'Job',
  );
  const scrapesMetrics = objects.some(object => {
    const endpoints = asObject(object.spec)?.endpoints;
    return (
      object.kind === 'ServiceMonitor' &&
      Array.isArray(endpoints) &&
      endpoints.some(endpoint => asObject(endpoint)?.path === '/metrics')
    );
  });
  if (workloads.length === 0 || scrapesMetrics) return [];
  return [
    {
      policy: 'require-metrics',
      resource: describeObject(workloads[0]),
      message: 'no ServiceMonitor scrapes /metrics',
    },
  ];
}
