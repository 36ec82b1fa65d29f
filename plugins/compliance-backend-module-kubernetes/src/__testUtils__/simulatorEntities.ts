import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import { clusterResource, component } from './catalogEntities';

// What the collector's tests against the dev stack's simulator ask about:
// its three clusters, two services and a cluster resource, and the
// cluster-wide checks as the controls cite them.

export const CLUSTERS = ['eks-dev', 'eks-staging', 'eks-prod'];
export const entities = [
  component('svc-ledger', { 'backstage.io/kubernetes-id': 'svc-ledger' }),
  component('svc-notification', {
    'backstage.io/kubernetes-id': 'svc-notification',
  }),
  clusterResource('eks-prod'),
];

export const CLUSTER_WIDE: ControlEvidence[] = [
  { check: 'kubernetes.cluster-region', params: { regions: ['eu-west-1'] } },
  { check: 'kubernetes.storage-encryption' },
  { check: 'kubernetes.pod-encryption' },
  { check: 'kubernetes.log-retention' },
  { check: 'kubernetes.log-scrubbing', params: { processors: ['redaction'] } },
];

export function bySubject(observations: CollectedObservation[], check: string) {
  return Object.fromEntries(
    observations.filter(o => o.check === check).map(o => [o.subject, o]),
  );
}
