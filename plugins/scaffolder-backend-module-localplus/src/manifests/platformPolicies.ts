import { describeObject, KubernetesObject, podTemplateOf } from './podSpecs';

/**
 * The platform's admission policies (the Kyverno set of the security
 * baseline and observability requirements), checked on rendered manifests
 * before a service repository is created, so a developer sees a violation in
 * the scaffolder rather than as a rejected Argo CD sync.
 */

export interface PolicyViolation {
  policy: string;
  resource: string;
  message: string;
}

export const REQUIRED_LABELS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/part-of',
  'backstage.io/kubernetes-id',
  'localplus.io/environment',
];

const MINIMUM_REPLICAS = 2;

type Check = (
  object: KubernetesObject,
  report: (policy: string, message: string) => void,
) => void;

const requireLabels: Check = (object, report) => {
  const labels = object.metadata?.labels ?? {};
  for (const label of REQUIRED_LABELS) {
    if (!labels[label]) {
      report('require-labels', `label ${label} is missing`);
    }
  }
  const template = podTemplateOf(object);
  if (template && !template.labels['app.kubernetes.io/name']) {
    report(
      'require-labels',
      'pod template label app.kubernetes.io/name is missing',
    );
  }
};

/** Workloads that serve traffic; Jobs and CronJobs run to completion and have no probes. */
const LONG_RUNNING_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Pod',
]);

const requireProbes: Check = (object, report) => {
  if (!LONG_RUNNING_KINDS.has(object.kind ?? '')) return;
  const template = podTemplateOf(object);
  for (const container of template?.spec.containers ?? []) {
    const probes: Array<[string, string]> = [
      ['livenessProbe', '/health/live'],
      ['readinessProbe', '/health/ready'],
    ];
    for (const [probe, path] of probes) {
      const httpGet = container[probe]?.httpGet;
      if (!httpGet) {
        report(
          'require-probes',
          `container ${container.name}: ${probe} on ${path} is missing`,
        );
      } else if (httpGet.path !== path) {
        report(
          'require-probes',
          `container ${container.name}: ${probe} must call ${path}, not ${httpGet.path}`,
        );
      }
    }
  }
};

const requireResourceLimits: Check = (object, report) => {
  const template = podTemplateOf(object);
  const containers = [
    ...(template?.spec.initContainers ?? []),
    ...(template?.spec.containers ?? []),
  ];
  for (const container of containers) {
    for (const kind of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        if (!container.resources?.[kind]?.[resource]) {
          report(
            'require-resource-limits',
            `container ${container.name}: resources.${kind}.${resource} is missing`,
          );
        }
      }
    }
  }
};

const disallowPrivileged: Check = (object, report) => {
  const template = podTemplateOf(object);
  if (!template) return;
  for (const host of ['hostNetwork', 'hostPID', 'hostIPC']) {
    if (template.spec[host] === true) {
      report('disallow-privileged', `${host} must not be used`);
    }
  }
  const containers = [
    ...(template.spec.initContainers ?? []),
    ...(template.spec.containers ?? []),
  ];
  for (const container of containers) {
    const context = container.securityContext ?? {};
    if (context.privileged === true) {
      report(
        'disallow-privileged',
        `container ${container.name}: privileged must not be true`,
      );
    }
    if (context.allowPrivilegeEscalation !== false) {
      report(
        'disallow-privileged',
        `container ${container.name}: allowPrivilegeEscalation must be false`,
      );
    }
    if (!(context.capabilities?.drop ?? []).includes('ALL')) {
      report(
        'disallow-privileged',
        `container ${container.name}: capabilities must drop ALL`,
      );
    }
    if ((context.capabilities?.add ?? []).length > 0) {
      report(
        'disallow-privileged',
        `container ${
          container.name
        }: capabilities must not add ${context.capabilities.add.join(', ')}`,
      );
    }
  }
};

const requireNonRoot: Check = (object, report) => {
  const template = podTemplateOf(object);
  if (!template) return;
  const pod = template.spec.securityContext ?? {};
  const containers = [
    ...(template.spec.initContainers ?? []),
    ...(template.spec.containers ?? []),
  ];
  for (const container of containers) {
    const context = container.securityContext ?? {};
    const runAsNonRoot = context.runAsNonRoot ?? pod.runAsNonRoot;
    const runAsUser = context.runAsUser ?? pod.runAsUser;
    if (runAsNonRoot !== true) {
      report(
        'require-non-root',
        `container ${container.name}: runAsNonRoot must be true`,
      );
    }
    if (runAsUser === 0) {
      report(
        'require-non-root',
        `container ${container.name}: runAsUser must not be 0`,
      );
    }
  }
};

const requireReadOnlyRootFilesystem: Check = (object, report) => {
  const template = podTemplateOf(object);
  for (const container of template?.spec.containers ?? []) {
    if (container.securityContext?.readOnlyRootFilesystem !== true) {
      report(
        'require-read-only-root-filesystem',
        `container ${container.name}: readOnlyRootFilesystem must be true`,
      );
    }
  }
};

const requireHighAvailability: Check = (object, report) => {
  if (
    object.kind === 'Deployment' &&
    (object.spec?.replicas ?? 1) < MINIMUM_REPLICAS
  ) {
    report(
      'require-high-availability',
      `replicas must be at least ${MINIMUM_REPLICAS}`,
    );
  }
  if (
    object.kind === 'HorizontalPodAutoscaler' &&
    (object.spec?.minReplicas ?? 1) < MINIMUM_REPLICAS
  ) {
    report(
      'require-high-availability',
      `minReplicas must be at least ${MINIMUM_REPLICAS}`,
    );
  }
};

const CHECKS: Check[] = [
  requireLabels,
  requireProbes,
  requireResourceLimits,
  disallowPrivileged,
  requireNonRoot,
  requireReadOnlyRootFilesystem,
  requireHighAvailability,
];

/** Every violation in one rendered overlay; empty when it would be admitted. */
export function checkPlatformPolicies(
  objects: KubernetesObject[],
): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  for (const object of objects) {
    const resource = describeObject(object);
    for (const check of CHECKS) {
      check(object, (policy, message) =>
        violations.push({ policy, resource, message }),
      );
    }
  }
  const workloads = objects.filter(
    object => podTemplateOf(object) && object.kind !== 'Job',
  );
  const scrapesMetrics = objects.some(
    object =>
      object.kind === 'ServiceMonitor' &&
      (object.spec?.endpoints ?? []).some(
        (endpoint: any) => endpoint.path === '/metrics',
      ),
  );
  if (workloads.length > 0 && !scrapesMetrics) {
    violations.push({
      policy: 'require-metrics',
      resource: describeObject(workloads[0]),
      message: 'no ServiceMonitor scrapes /metrics',
    });
  }
  return violations;
}
