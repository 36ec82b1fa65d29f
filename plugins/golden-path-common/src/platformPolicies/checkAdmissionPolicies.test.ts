import { checkAdmissionPolicies, checkPlatformPolicies } from './checkPolicies';
import type { KubernetesObject } from './kubernetesObjects';

/** A container that meets the admission rules and nothing more. */
function hardened(name = 'app'): Record<string, any> {
  return {
    name,
    resources: { limits: { cpu: '500m', memory: '512Mi' } },
    securityContext: {
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    },
  };
}

function deployment(podSpec: unknown, name = 'svc-x'): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: { template: { spec: podSpec } },
  };
}

/** `<container>:<policy>: <message>` of every admission violation. */
function admission(podSpec: unknown): string[] {
  return checkAdmissionPolicies([deployment(podSpec)]).map(
    v => `${v.container ?? ''}:${v.policy}: ${v.message}`,
  );
}

describe('the admission policies', () => {
  it('admit a hardened container, runAsNonRoot given on the pod', () => {
    const { runAsNonRoot: _, ...context } = hardened().securityContext;
    expect(
      admission({
        securityContext: { runAsNonRoot: true },
        containers: [{ ...hardened(), securityContext: context }],
      }),
    ).toEqual([]);
  });

  it('name the policy, the resource, the container and what is wrong', () => {
    const container = hardened();
    delete container.resources.limits.memory;
    expect(
      checkAdmissionPolicies([deployment({ containers: [container] })]),
    ).toEqual([
      {
        policy: 'require-resource-limits',
        resource: 'Deployment/svc-x',
        container: 'app',
        message: 'container app: resources.limits.memory is missing',
      },
    ]);
  });

  it('let the container override the pod, and refuse user 0', () => {
    const overriding = hardened();
    overriding.securityContext.runAsNonRoot = false;
    expect(
      admission({
        securityContext: { runAsNonRoot: true },
        containers: [overriding],
      }),
    ).toEqual([
      'app:require-non-root: container app: runAsNonRoot must be true',
    ]);
    expect(
      admission({
        securityContext: { runAsUser: 0 },
        containers: [hardened()],
      }),
    ).toEqual(['app:require-non-root: container app: runAsUser must not be 0']);
  });

  it('check init containers too, naming unnamed containers by position', () => {
    expect(
      admission({ initContainers: [{ image: 'x' }], containers: [hardened()] }),
    ).toEqual([
      '#1:require-resource-limits: container #1: resources.limits.cpu is missing',
      '#1:require-resource-limits: container #1: resources.limits.memory is missing',
      '#1:disallow-privileged: container #1: allowPrivilegeEscalation must be false',
      '#1:require-non-root: container #1: runAsNonRoot must be true',
      '#1:require-read-only-root-filesystem: container #1: readOnlyRootFilesystem must be true',
    ]);
  });

  it('count fields of the wrong type as unset, so malformed input can only fail', () => {
    expect(
      admission({
        containers: [
          {
            name: 'app',
            resources: { limits: { cpu: '  ', memory: -1 } },
            securityContext: {
              runAsNonRoot: 'true',
              readOnlyRootFilesystem: 1,
              allowPrivilegeEscalation: 'false',
              privileged: true,
            },
          },
        ],
      }),
    ).toEqual([
      'app:require-resource-limits: container app: resources.limits.cpu is missing',
      'app:require-resource-limits: container app: resources.limits.memory is missing',
      'app:disallow-privileged: container app: privileged must not be true',
      'app:disallow-privileged: container app: allowPrivilegeEscalation must be false',
      'app:require-non-root: container app: runAsNonRoot must be true',
      'app:require-read-only-root-filesystem: container app: readOnlyRootFilesystem must be true',
    ]);
  });

  it.each([
    ['no pod spec', undefined, 'the pod spec is missing'],
    [
      'a pod spec that is not an object',
      'containers: []',
      'the pod spec is missing',
    ],
    [
      'containers that are not a list',
      { containers: 'app' },
      'the pod spec has no containers',
    ],
    ['no containers', { containers: [] }, 'the pod spec has no containers'],
    [
      'only init containers',
      { initContainers: [hardened()] },
      'the pod spec has no containers',
    ],
  ])('refuse a workload with %s', (_label, podSpec, message) => {
    expect(checkAdmissionPolicies([deployment(podSpec)])).toEqual([
      { policy: 'require-pod-template', resource: 'Deployment/svc-x', message },
    ]);
  });

  it('hold every workload kind to them, and leave other kinds alone', () => {
    const bare = { containers: [{ name: 'app' }] };
    const objects: KubernetesObject[] = [
      { kind: 'Pod', metadata: { name: 'p' }, spec: bare },
      {
        kind: 'StatefulSet',
        metadata: { name: 's' },
        spec: { template: { spec: bare } },
      },
      {
        kind: 'DaemonSet',
        metadata: { name: 'd' },
        spec: { template: { spec: bare } },
      },
      {
        kind: 'ReplicaSet',
        metadata: { name: 'r' },
        spec: { template: { spec: bare } },
      },
      {
        kind: 'Job',
        metadata: { name: 'j' },
        spec: { template: { spec: bare } },
      },
      {
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: { spec: bare } } } },
      },
      {
        kind: 'ConfigMap',
        metadata: { name: 'config' },
        data: {},
      } as KubernetesObject,
      { kind: 'Service', metadata: { name: 'svc' }, spec: { ports: [] } },
    ];
    expect([
      ...new Set(checkAdmissionPolicies(objects).map(v => v.resource)),
    ]).toEqual([
      'Pod/p',
      'StatefulSet/s',
      'DaemonSet/d',
      'ReplicaSet/r',
      'Job/j',
      'CronJob/c',
    ]);
  });

  it('leave the golden path’s own requirements to checkPlatformPolicies', () => {
    const object = deployment({ containers: [hardened()] });
    expect(checkAdmissionPolicies([object])).toEqual([]);
    expect([
      ...new Set(checkPlatformPolicies([object]).map(v => v.policy)),
    ]).toEqual([
      'require-labels',
      'require-probes',
      'require-resource-limits',
      'disallow-privileged',
      'require-high-availability',
      'require-metrics',
    ]);
  });

  it('are a subset of the golden path: whatever they refuse, it refuses too', () => {
    const variants: unknown[] = [
      undefined,
      { containers: [] },
      { containers: [{}] },
      { initContainers: [{ name: 'init' }], containers: [hardened()] },
      { securityContext: { runAsUser: 0 }, containers: [hardened()] },
      {
        containers: [
          { ...hardened(), securityContext: { privileged: true } },
          { name: 'sidecar', resources: { limits: { cpu: 1 } } },
        ],
      },
    ];
    for (const podSpec of variants) {
      const objects = [deployment(podSpec)];
      const golden = checkPlatformPolicies(objects);
      const enforced = checkAdmissionPolicies(objects);
      expect(enforced.length).toBeGreaterThan(0);
      expect(golden).toEqual(expect.arrayContaining(enforced));
    }
  });
});
