import { asObject } from '../fieldReaders';
import type { PolicyRule } from '../policyTypes';

/** A container's setting wins over the pod's, as in Kubernetes itself. */
export const requireNonRoot: PolicyRule = {
  policy: 'require-non-root',
  enforcedAtAdmission: true,
  check(object, report) {
    if (!object.template) return;
    const pod = asObject(object.template.spec.securityContext) ?? {};
    for (const container of object.template.containers) {
      const context = asObject(container.spec.securityContext) ?? {};
      if ((context.runAsNonRoot ?? pod.runAsNonRoot) !== true) {
        report('runAsNonRoot must be true', container);
      }
      if ((context.runAsUser ?? pod.runAsUser) === 0) {
        report('runAsUser must not be 0', container);
      }
    }
  },
};
