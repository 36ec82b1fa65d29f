import type { PolicyRule } from '../policyTypes';

/** Two pods, so a node drain or a rollout never takes the service down. */
export const MINIMUM_REPLICAS = 2;

/** An unset count means Kubernetes' default of one; a count that is not a number counts as unset. */
function count(value: unknown): number {
  return typeof value === 'number' ? value : 1;
}

export const requireHighAvailability: PolicyRule = {
  policy: 'require-high-availability',
  enforcedAtAdmission: false,
  check(object, report) {
    if (
      object.kind === 'Deployment' &&
      count(object.spec.replicas) < MINIMUM_REPLICAS
    ) {
      report(`replicas must be at least ${MINIMUM_REPLICAS}`);
    }
    if (
      object.kind === 'HorizontalPodAutoscaler' &&
      count(object.spec.minReplicas) < MINIMUM_REPLICAS
    ) {
      report(`minReplicas must be at least ${MINIMUM_REPLICAS}`);
    }
  },
};
