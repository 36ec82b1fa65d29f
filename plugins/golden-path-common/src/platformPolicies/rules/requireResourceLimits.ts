import { asObject, isQuantity } from '../fieldReaders';
import type { PolicyRule } from '../policyTypes';

const RESOURCES = ['cpu', 'memory'];

function requireQuantities(
  kind: 'requests' | 'limits',
  enforcedAtAdmission: boolean,
): PolicyRule {
  return {
    policy: 'require-resource-limits',
    enforcedAtAdmission,
    check(object, report) {
      for (const container of object.template?.containers ?? []) {
        const quantities = asObject(asObject(container.spec.resources)?.[kind]);
        for (const resource of RESOURCES) {
          if (!isQuantity(quantities?.[resource])) {
            report(`resources.${kind}.${resource} is missing`, container);
          }
        }
      }
    },
  };
}

/** Requests place pods on the node pools; the golden path sets them, admission does not insist. */
export const requireResourceRequests = requireQuantities('requests', false);

/** Limits keep one workload from starving its neighbours; admission refuses a container without them. */
export const requireResourceLimits = requireQuantities('limits', true);
