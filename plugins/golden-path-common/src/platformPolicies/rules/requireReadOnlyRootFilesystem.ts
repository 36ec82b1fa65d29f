import { asObject } from '../fieldReaders';
import type { PolicyRule } from '../policyTypes';

/** Init containers too: they run the same images with the same access. */
export const requireReadOnlyRootFilesystem: PolicyRule = {
  policy: 'require-read-only-root-filesystem',
  enforcedAtAdmission: true,
  check(object, report) {
    for (const container of object.template?.containers ?? []) {
      const context = asObject(container.spec.securityContext) ?? {};
      if (context.readOnlyRootFilesystem !== true) {
        report('readOnlyRootFilesystem must be true', container);
      }
    }
  },
};
