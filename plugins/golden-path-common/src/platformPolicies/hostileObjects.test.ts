import { checkAdmissionPolicies, checkPlatformPolicies } from './checkPolicies';
import type { KubernetesObject } from './kubernetesObjects';

/**
 * Objects come from repositories and clusters nobody here controls: the
 * checks must answer for any of them, never throw, never pass what they
 * cannot read, and keep their reports bounded.
 */
const checks = [
  ['checkPlatformPolicies', checkPlatformPolicies],
  ['checkAdmissionPolicies', checkAdmissionPolicies],
] as const;

function pod(spec: unknown, name = 'p'): KubernetesObject {
  return { kind: 'Pod', metadata: { name }, spec };
}

describe.each(checks)('%s on hostile objects', (_name, check) => {
  it('reads list entries that are not objects as objects without fields', () => {
    const entries = [null, undefined, 'kind: Pod', 42, [pod({})], true];
    expect(() => check(entries as unknown as KubernetesObject[])).not.toThrow();
    expect(
      check(entries as unknown as KubernetesObject[]).every(
        v => v.resource === 'Unknown/(unnamed)',
      ),
    ).toBe(true);
  });

  it('reads objects without a prototype, and __proto__ keys from JSON, as plain data', () => {
    const container = Object.assign(Object.create(null), {
      name: 'app',
      securityContext: JSON.parse(
        '{"__proto__": {"runAsNonRoot": true, "readOnlyRootFilesystem": true}}',
      ),
    });
    const violations = check([pod({ containers: [container] })]);
    expect(violations.map(v => v.policy)).toEqual(
      expect.arrayContaining([
        'require-non-root',
        'require-read-only-root-filesystem',
      ]),
    );
    expect(({} as any).runAsNonRoot).toBeUndefined();
  });

  it('does not take huge or non-finite numbers for quantities', () => {
    const violations = check([
      pod({
        containers: [
          {
            name: 'app',
            resources: {
              limits: { cpu: Number.POSITIVE_INFINITY, memory: Number.NaN },
            },
          },
        ],
      }),
    ]).filter(v => v.policy === 'require-resource-limits');
    expect(violations.map(v => v.message)).toEqual(
      expect.arrayContaining([
        'container app: resources.limits.cpu is missing',
        'container app: resources.limits.memory is missing',
      ]),
    );
  });

  it('checks ten thousand containers in well under a second, one report each', () => {
    const containers = Array.from({ length: 10_000 }, (_, i) => ({
      name: `c${i}`,
    }));
    const started = Date.now();
    const violations = check([pod({ containers })]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(
      violations.filter(v => v.policy === 'require-read-only-root-filesystem'),
    ).toHaveLength(10_000);
  });
});

describe('checkPlatformPolicies on hostile objects', () => {
  it('keeps echoed values short: a 100 kB probe path or capability list', () => {
    const messages = checkPlatformPolicies([
      pod({
        containers: [
          {
            name: 'app',
            livenessProbe: { httpGet: { path: `/${'a'.repeat(100_000)}` } },
            securityContext: {
              capabilities: { add: Array(20_000).fill('NET_ADMIN') },
            },
          },
        ],
      }),
    ]).map(v => v.message);
    expect(Math.max(...messages.map(m => m.length))).toBeLessThan(300);
    expect(messages).toContain(
      `container app: livenessProbe must call /health/live, not /${'a'.repeat(
        99,
      )}...`,
    );
  });

  it('reads a single capability where a list belongs, and counts replicas of the wrong type as one', () => {
    const messages = checkPlatformPolicies([
      pod({
        containers: [
          {
            name: 'app',
            securityContext: {
              capabilities: { drop: 'ALL', add: 'SYS_ADMIN' },
            },
          },
        ],
      }),
      { kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: '3' } },
      {
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'h' },
        spec: { minReplicas: 1e308 },
      },
    ]).map(v => `${v.resource} ${v.message}`);
    expect(messages).toContain(
      'Pod/p container app: capabilities must not add SYS_ADMIN',
    );
    expect(messages).not.toContain(
      'Pod/p container app: capabilities must drop ALL',
    );
    expect(messages).toContain('Deployment/d replicas must be at least 2');
    expect(
      messages.filter(m => m.startsWith('HorizontalPodAutoscaler/h')),
    ).toEqual([
      'HorizontalPodAutoscaler/h label app.kubernetes.io/name is missing',
      'HorizontalPodAutoscaler/h label app.kubernetes.io/part-of is missing',
      'HorizontalPodAutoscaler/h label backstage.io/kubernetes-id is missing',
      'HorizontalPodAutoscaler/h label localplus.io/environment is missing',
    ]);
  });
});
