export {
  ADMISSION_POLICY_STATEMENT,
  checkAdmissionPolicies,
  checkPlatformPolicies,
} from './checkPolicies';
export {
  describeObject,
  isWorkloadKind,
  podTemplateOf,
  WORKLOAD_KINDS,
} from './kubernetesObjects';
export type {
  KubernetesObject,
  PodContainer,
  PodTemplate,
  WorkloadKind,
} from './kubernetesObjects';
export type { PlatformPolicyName, PolicyViolation } from './policyTypes';
export { REQUIRED_LABELS } from './rules/requireLabels';
export { MINIMUM_REPLICAS } from './rules/requireHighAvailability';
