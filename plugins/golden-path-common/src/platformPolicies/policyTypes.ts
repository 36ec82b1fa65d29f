import type { JsonObject } from './fieldReaders';
import type { PodContainer, PodTemplate } from './kubernetesObjects';

/**
 * The platform's policies, named after the Kyverno cluster policies;
 * `require-pod-template` is the checks' own guard against a workload they
 * could not examine.
 */
export type PlatformPolicyName =
  | 'require-pod-template'
  | 'require-labels'
  | 'require-probes'
  | 'require-resource-limits'
  | 'disallow-privileged'
  | 'require-non-root'
  | 'require-read-only-root-filesystem'
  | 'require-high-availability'
  | 'require-metrics';

export interface PolicyViolation {
  policy: PlatformPolicyName;
  /** The object at fault, `<kind>/<name>`. */
  resource: string;
  /** The container at fault; absent when the object as a whole is. */
  container?: string;
  /** What is wrong and what is expected, naming the container first when there is one. */
  message: string;
}

/** An object as the rules read it, its fields already checked for type. */
export interface CheckedObject {
  kind: string;
  labels: Record<string, string>;
  spec: JsonObject;
  /** The pod template of a workload; undefined for other kinds or when it is missing. */
  template?: PodTemplate;
}

export type ReportViolation = (
  message: string,
  container?: PodContainer,
) => void;

/**
 * One requirement of a policy. A policy may hold several, not all of them
 * enforced at admission (requests are golden path, limits are admission).
 */
export interface PolicyRule {
  policy: PlatformPolicyName;
  /** The cluster's admission controller enforces it, so running workloads are held to it too. */
  enforcedAtAdmission: boolean;
  check(object: CheckedObject, report: ReportViolation): void;
}
