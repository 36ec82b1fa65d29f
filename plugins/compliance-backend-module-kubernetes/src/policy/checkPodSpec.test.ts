import { checkPodSpec } from './checkPodSpec';
import { podTemplateOf } from './podTemplates';

const hardened = {
  name: 'app',
  resources: { limits: { cpu: '500m', memory: '512Mi' } },
  securityContext: {
    runAsNonRoot: true,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
  },
};

const rules = (spec: unknown) =>
  checkPodSpec(spec as Record<string, unknown>).violations.map(
    v => `${v.container}:${v.rule}`,
  );

describe('the admission policies on a pod spec', () => {
  it('passes a hardened container, runAsNonRoot given on the pod', () => {
    const { securityContext, ...rest } = hardened;
    const { runAsNonRoot: _, ...context } = securityContext;
    expect(
      rules({
        securityContext: { runAsNonRoot: true },
        containers: [{ ...rest, securityContext: context }],
      }),
    ).toEqual([]);
    expect(checkPodSpec({ containers: [hardened] }).containers).toBe(1);
  });

  it('lets the container override the pod, and refuses user 0', () => {
    expect(
      rules({
        securityContext: { runAsNonRoot: true },
        containers: [
          {
            ...hardened,
            securityContext: {
              ...hardened.securityContext,
              runAsNonRoot: false,
            },
          },
        ],
      }),
    ).toEqual(['app:runAsNonRoot']);
    expect(
      rules({
        containers: [
          {
            ...hardened,
            securityContext: { ...hardened.securityContext, runAsUser: 0 },
          },
        ],
      }),
    ).toEqual(['app:runAsNonRoot']);
  });

  it('checks init containers too, and names unnamed containers by position', () => {
    expect(
      rules({ initContainers: [{ image: 'x' }], containers: [hardened] }),
    ).toEqual([
      '#1:runAsNonRoot',
      '#1:readOnlyRootFilesystem',
      '#1:allowPrivilegeEscalation',
      '#1:limits.cpu',
      '#1:limits.memory',
    ]);
  });

  it('counts wrong types as unset, so malformed input can only fail', () => {
    expect(
      rules({
        containers: [
          {
            name: 'app',
            resources: { limits: { cpu: '', memory: -1 } },
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
      'app:runAsNonRoot',
      'app:readOnlyRootFilesystem',
      'app:allowPrivilegeEscalation',
      'app:privileged',
      'app:limits.cpu',
      'app:limits.memory',
    ]);
    expect(rules({ containers: 'app' })).toEqual([':podTemplate']);
    expect(rules({ containers: [] })).toEqual([':podTemplate']);
    expect(rules(undefined)).toEqual([':podTemplate']);
  });

  it('finds the pod template of each workload kind, given the kind for list items', () => {
    const template = {
      metadata: { labels: { a: 'b', n: 1 } },
      spec: { containers: [] },
    };
    expect(podTemplateOf({ kind: 'Deployment', spec: { template } })).toEqual({
      labels: { a: 'b' },
      spec: { containers: [] },
    });
    const cronJob = { spec: { jobTemplate: { spec: { template } } } };
    expect(podTemplateOf(cronJob).spec).toBeUndefined();
    expect(podTemplateOf(cronJob, 'CronJob').spec).toEqual({ containers: [] });
  });
});
