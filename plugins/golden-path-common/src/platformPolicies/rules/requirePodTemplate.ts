import { isWorkloadKind } from '../kubernetesObjects';
import type { PolicyRule } from '../policyTypes';

/**
 * A workload must have a pod spec with containers for the other rules to
 * have something to examine; without one it must not count as compliant.
 */
export const requirePodTemplate: PolicyRule = {
  policy: 'require-pod-template',
  enforcedAtAdmission: true,
  check(object, report) {
    if (!isWorkloadKind(object.kind)) return;
    if (!object.template) {
      report('the pod spec is missing');
    } else if (!object.template.containers.some(container => !container.init)) {
      report('the pod spec has no containers');
    }
  },
};
