import { describeObject, podTemplateOf } from './kubernetesObjects';

const template = {
  metadata: { labels: { 'app.kubernetes.io/name': 'svc-x', replicas: 2 } },
  spec: {
    initContainers: [{ name: 'migrate' }],
    containers: [{ name: 'app' }, { image: 'sidecar' }],
  },
};

describe('podTemplateOf', () => {
  it.each(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'])(
    'reads spec.template of a %s, keeping text labels only',
    kind => {
      expect(podTemplateOf({ kind, spec: { template } })).toEqual({
        labels: { 'app.kubernetes.io/name': 'svc-x' },
        spec: template.spec,
        containers: [
          { name: 'migrate', init: true, spec: { name: 'migrate' } },
          { name: 'app', init: false, spec: { name: 'app' } },
          { name: '#3', init: false, spec: { image: 'sidecar' } },
        ],
      });
    },
  );

  it("reads a CronJob's job template, and a Pod's own spec and labels", () => {
    expect(
      podTemplateOf({
        kind: 'CronJob',
        spec: { jobTemplate: { spec: { template } } },
      })?.containers.map(c => c.name),
    ).toEqual(['migrate', 'app', '#3']);
    expect(podTemplateOf({ kind: 'CronJob', spec: { template } })).toBe(
      undefined,
    );
    expect(
      podTemplateOf({
        kind: 'Pod',
        metadata: { labels: { a: 'b' } },
        spec: template.spec,
      })?.labels,
    ).toEqual({ a: 'b' });
  });

  it('has none for other kinds, an object without kind, or a template of the wrong type', () => {
    expect(podTemplateOf({ kind: 'Service', spec: { template } })).toBe(
      undefined,
    );
    expect(podTemplateOf({ spec: { template } })).toBe(undefined);
    expect(
      podTemplateOf({ kind: 'Deployment', spec: { template: [template] } }),
    ).toBe(undefined);
    expect(podTemplateOf({ kind: 'Deployment', spec: 'template' })).toBe(
      undefined,
    );
  });

  it('cuts container names to 63 characters and reads non-object containers as empty', () => {
    const containers = podTemplateOf({
      kind: 'Pod',
      spec: { containers: [{ name: 'x'.repeat(5000) }, null, 'app', 7] },
    })?.containers;
    expect(containers?.map(c => c.name)).toEqual([
      'x'.repeat(63),
      '#2',
      '#3',
      '#4',
    ]);
    expect(containers?.slice(1).map(c => c.spec)).toEqual([{}, {}, {}]);
  });
});

describe('describeObject', () => {
  it('names the kind and name, with placeholders for what is missing', () => {
    expect(
      describeObject({ kind: 'Deployment', metadata: { name: 'svc-x' } }),
    ).toBe('Deployment/svc-x');
    expect(describeObject({})).toBe('Unknown/(unnamed)');
    expect(describeObject({ kind: 42, metadata: { name: ['x'] } })).toBe(
      'Unknown/(unnamed)',
    );
    expect(
      describeObject({ kind: 'Pod', metadata: { name: 'n'.repeat(1000) } }),
    ).toBe(`Pod/${'n'.repeat(253)}...`);
  });
});
