import { asObject } from './podTemplates';

/** The admission policies' rules, by the field they read. */
export type PolicyRule =
  | 'podTemplate'
  | 'runAsNonRoot'
  | 'readOnlyRootFilesystem'
  | 'allowPrivilegeEscalation'
  | 'privileged'
  | 'limits.cpu'
  | 'limits.memory';

export interface PolicyViolation {
  /** The container's name; empty for a pod-level violation. */
  container: string;
  rule: PolicyRule;
  message: string;
}

/** What the rules require, for summaries of compliant workloads. */
export const POLICY_STATEMENT =
  'run as non-root with a read-only root filesystem, no privilege escalation, not privileged, and with CPU and memory limits';

function hasLimit(value: unknown): boolean {
  return (
    (typeof value === 'string' && value.trim() !== '') ||
    (typeof value === 'number' && value > 0)
  );
}

/**
 * Every rule the containers and init containers of a pod spec break:
 * runAsNonRoot true (on the container or the pod) and runAsUser not 0,
 * readOnlyRootFilesystem true, allowPrivilegeEscalation false, privileged
 * not true, CPU and memory limits set. Fields of the wrong type count as
 * unset, so malformed input can only fail.
 */
export function checkPodSpec(spec: Record<string, unknown> | undefined): {
  containers: number;
  violations: PolicyViolation[];
} {
  if (!spec) {
    return {
      containers: 0,
      violations: [
        { container: '', rule: 'podTemplate', message: 'has no pod template' },
      ],
    };
  }
  const pod = asObject(spec.securityContext) ?? {};
  const listed = [spec.initContainers, spec.containers].flatMap(list =>
    Array.isArray(list) ? list : [],
  );
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) {
    return {
      containers: 0,
      violations: [
        { container: '', rule: 'podTemplate', message: 'has no containers' },
      ],
    };
  }
  const violations: PolicyViolation[] = [];
  listed.forEach((item, index) => {
    const container = asObject(item) ?? {};
    const name =
      typeof container.name === 'string' && container.name !== ''
        ? container.name.slice(0, 63)
        : `#${index + 1}`;
    const context = asObject(container.securityContext) ?? {};
    const limits = asObject(asObject(container.resources)?.limits) ?? {};
    const report = (rule: PolicyRule, message: string) =>
      violations.push({
        container: name,
        rule,
        message: `container ${name}: ${message}`,
      });
    const runAsNonRoot = context.runAsNonRoot ?? pod.runAsNonRoot;
    const runAsUser = context.runAsUser ?? pod.runAsUser;
    if (runAsNonRoot !== true) {
      report('runAsNonRoot', 'runAsNonRoot is not true');
    } else if (runAsUser === 0) {
      report('runAsNonRoot', 'runAsUser is 0 (root)');
    }
    if (context.readOnlyRootFilesystem !== true) {
      report('readOnlyRootFilesystem', 'readOnlyRootFilesystem is not true');
    }
    if (context.allowPrivilegeEscalation !== false) {
      report(
        'allowPrivilegeEscalation',
        'allowPrivilegeEscalation is not false',
      );
    }
    if (context.privileged === true) {
      report('privileged', 'privileged is true');
    }
    if (!hasLimit(limits.cpu)) report('limits.cpu', 'no CPU limit');
    if (!hasLimit(limits.memory)) report('limits.memory', 'no memory limit');
  });
  return { containers: listed.length, violations };
}

/** "2 rules: container a: no memory limit; container b: privileged is true". */
export function describeViolations(violations: PolicyViolation[]): string {
  const shown = violations.slice(0, 8).map(v => v.message);
  const more = violations.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}
