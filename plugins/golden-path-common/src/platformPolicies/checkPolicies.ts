import { asObject, stringMap } from './fieldReaders';
import {
  describeObject,
  KubernetesObject,
  podTemplateOf,
} from './kubernetesObjects';
import type { CheckedObject, PolicyRule, PolicyViolation } from './policyTypes';
import {
  disallowHostNamespaces,
  disallowPrivilegedContainers,
  requireDroppedCapabilities,
} from './rules/disallowPrivileged';
import { requireHighAvailability } from './rules/requireHighAvailability';
import { requireLabels } from './rules/requireLabels';
import { checkMetricsScraped } from './rules/requireMetrics';
import { requireNonRoot } from './rules/requireNonRoot';
import { requirePodTemplate } from './rules/requirePodTemplate';
import { requireProbes } from './rules/requireProbes';
import { requireReadOnlyRootFilesystem } from './rules/requireReadOnlyRootFilesystem';
import {
  requireResourceLimits,
  requireResourceRequests,
} from './rules/requireResourceLimits';

/** Every rule, in the order violations are reported. */
const RULES: PolicyRule[] = [
  requirePodTemplate,
  requireLabels,
  requireProbes,
  requireResourceRequests,
  requireResourceLimits,
  disallowHostNamespaces,
  disallowPrivilegedContainers,
  requireDroppedCapabilities,
  requireNonRoot,
  requireReadOnlyRootFilesystem,
  requireHighAvailability,
];

const ADMISSION_RULES = RULES.filter(rule => rule.enforcedAtAdmission);

/**
 * What the admission rules require of every container, worded to follow
 * "each container must ...". Kept beside the rules so that it changes with them.
 */
export const ADMISSION_POLICY_STATEMENT =
  'run as non-root with a read-only root filesystem, no privilege escalation, not privileged, and with CPU and memory limits';

/** List entries that are not objects (a stray scalar in a render) are read as objects without fields. */
function readableObjects(
  objects: readonly KubernetesObject[],
): KubernetesObject[] {
  return objects.map(item => asObject(item) ?? {});
}

function checkObjects(
  objects: KubernetesObject[],
  rules: PolicyRule[],
): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  for (const object of objects) {
    const resource = describeObject(object);
    const checked: CheckedObject = {
      kind: typeof object.kind === 'string' ? object.kind : '',
      labels: stringMap(asObject(object.metadata)?.labels),
      spec: asObject(object.spec) ?? {},
      template: podTemplateOf(object),
    };
    for (const rule of rules) {
      rule.check(checked, (message, container) =>
        violations.push({
          policy: rule.policy,
          resource,
          ...(container
            ? {
                container: container.name,
                message: `container ${container.name}: ${message}`,
              }
            : { message }),
        }),
      );
    }
  }
  return violations;
}

/**
 * The whole golden path, as the scaffolder holds a new service to it before
 * its repository exists: every policy on every object of one rendered
 * overlay, and `require-metrics` on the overlay as a whole. Empty when the
 * overlay complies.
 */
export function checkPlatformPolicies(
  objects: readonly KubernetesObject[],
): PolicyViolation[] {
  const readable = readableObjects(objects);
  return [...checkObjects(readable, RULES), ...checkMetricsScraped(readable)];
}

/**
 * The subset the cluster's admission controller enforces on every workload:
 * a pod spec with containers, each (init containers included) non-root, with
 * a read-only root filesystem, no privilege escalation, not privileged, with
 * CPU and memory limits. What compliance evidence checks on running
 * workloads and rendered overlays; every violation found here is also one of
 * {@link checkPlatformPolicies}.
 */
export function checkAdmissionPolicies(
  objects: readonly KubernetesObject[],
): PolicyViolation[] {
  return checkObjects(readableObjects(objects), ADMISSION_RULES);
}
