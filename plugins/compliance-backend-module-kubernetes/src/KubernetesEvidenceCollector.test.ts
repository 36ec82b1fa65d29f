import path from 'node:path';
import { component } from './__testUtils__/catalogEntities';
import { collectionContext } from './__testUtils__/collectionContext';
import {
  bySubject,
  CLUSTER_WIDE,
  CLUSTERS,
  entities,
} from './__testUtils__/simulatorEntities';
import { setUpSimulator } from './__testUtils__/simulatorCollector';

jest.setTimeout(60_000);

const k8s = setUpSimulator();

describe('KubernetesEvidenceCollector against the dev stack simulator', () => {
  it('finds the one demo violation among the running workloads, naming its container and rules', async () => {
    const observations = await k8s
      .collector(entities)
      .collect(collectionContext([{ check: 'kubernetes.workload-policy' }]));
    const dataset = k8s.simulator().dataset;
    const deployments = dataset.clusters.flatMap(c =>
      c.objects.filter(o => o.kind === 'Deployment'),
    );
    const cronJobs = dataset.clusters.flatMap(c =>
      c.objects.filter(o => o.kind === 'CronJob'),
    );
    // Jobs started by CronJobs are covered by the CronJob.
    expect(observations).toHaveLength(deployments.length + cronJobs.length);
    const failing = observations.filter(o => o.result !== 'pass');
    expect(failing).toEqual([
      expect.objectContaining({
        check: 'kubernetes.workload-policy',
        subject:
          'workload:eks-dev/svc-notification/Deployment/svc-notification',
        entityRef: 'component:default/svc-notification',
        result: 'fail',
        summary:
          'Deployment svc-notification/svc-notification in eks-dev breaks 2 rules: container svc-notification: resources.limits.memory is missing; container svc-notification: readOnlyRootFilesystem must be true.',
        method: 'examine',
        examined: [
          {
            type: 'kubernetes-object',
            ref: 'eks-dev/svc-notification/Deployment/svc-notification',
            href: '/apis/apps/v1/namespaces/svc-notification/deployments/svc-notification',
          },
        ],
      }),
    ]);
    expect(failing[0].details?.violations).toEqual([
      {
        container: 'svc-notification',
        policy: 'require-resource-limits',
        message:
          'container svc-notification: resources.limits.memory is missing',
      },
      {
        container: 'svc-notification',
        policy: 'require-read-only-root-filesystem',
        message:
          'container svc-notification: readOnlyRootFilesystem must be true',
      },
    ]);
    const ledger = observations.find(
      o => o.subject === 'workload:eks-prod/svc-ledger/Deployment/svc-ledger',
    );
    expect(ledger).toMatchObject({
      result: 'pass',
      entityRef: 'component:default/svc-ledger',
    });
    const cronJob = observations.find(o => o.subject.includes('/CronJob/'));
    expect(cronJob).toMatchObject({ result: 'pass' });
    expect(cronJob?.entityRef).toBeUndefined();
  });

  it('limits the workloads to the namespaces given', async () => {
    const observations = await k8s.collector(entities).collect(
      collectionContext([
        {
          check: 'kubernetes.workload-policy',
          params: { namespaces: ['svc-ledger'] },
        },
      ]),
    );
    expect(observations.map(o => o.subject)).toEqual(
      CLUSTERS.map(c => `workload:${c}/svc-ledger/Deployment/svc-ledger`),
    );
    expect(observations[0].details?.params).toEqual({
      namespaces: ['svc-ledger'],
    });
    const empty = await k8s.collector(entities).collect(
      collectionContext([
        {
          check: 'kubernetes.workload-policy',
          params: { namespaces: ['kube-system'] },
        },
      ]),
    );
    expect(empty.map(o => [o.subject, o.result])).toEqual(
      CLUSTERS.map(c => [`cluster:${c}`, 'not-applicable']),
    );
  });

  it('passes the cluster-wide controls in every cluster, from what each serves', async () => {
    const observations = await k8s
      .collector(entities)
      .collect(collectionContext(CLUSTER_WIDE));
    expect(observations).toHaveLength(CLUSTER_WIDE.length * CLUSTERS.length);
    expect(observations.filter(o => o.result !== 'pass')).toEqual([]);
    const prod = (check: string) =>
      bySubject(observations, check)['cluster:eks-prod'];
    expect(prod('kubernetes.cluster-region')).toMatchObject({
      entityRef: 'resource:default/eks-prod',
      summary: 'All 5 nodes of eks-prod run in eu-west-1.',
      examined: [
        {
          type: 'kubernetes-list',
          ref: 'eks-prod/Node',
          href: '/api/v1/nodes',
        },
      ],
      details: {
        regions: ['eu-west-1'],
        nodesByRegion: { 'eu-west-1': 5 },
        params: { regions: ['eu-west-1'] },
      },
    });
    expect(
      bySubject(observations, 'kubernetes.cluster-region')['cluster:eks-dev']
        .entityRef,
    ).toBeUndefined();
    expect(prod('kubernetes.storage-encryption').summary).toBe(
      'Every StorageClass of eks-prod encrypts its volumes (gp3).',
    );
    expect(prod('kubernetes.pod-encryption').summary).toBe(
      'Cilium encrypts pod-to-pod traffic in eks-prod with WireGuard.',
    );
    expect(prod('kubernetes.log-retention')).toMatchObject({
      summary:
        'Loki in eks-prod keeps logs 30 days (limits_config.retention_period 720h), within 30 days.',
      examined: [
        {
          type: 'kubernetes-object',
          ref: 'eks-prod/observability/ConfigMap/loki',
          href: '/api/v1/namespaces/observability/configmaps/loki',
        },
      ],
    });
    expect(prod('kubernetes.log-scrubbing').summary).toBe(
      'Every logs pipeline of the OpenTelemetry Collector in eks-prod runs redaction/pii (logs).',
    );
  });

  it('fails what the parameters make stricter, and runs each parameter set once', async () => {
    const observations = await k8s.collector(entities).collect(
      collectionContext([
        {
          check: 'kubernetes.cluster-region',
          params: { regions: ['eu-central-1'] },
        },
        { check: 'kubernetes.log-retention', params: { maxDays: 14 } },
        { check: 'kubernetes.log-retention', params: { maxDays: 14 } },
        {
          check: 'kubernetes.log-scrubbing',
          params: { processors: ['transform'] },
        },
        { check: 'kubernetes.log-scrubbing', params: { configMap: 'vector' } },
      ]),
    );
    expect(observations).toHaveLength(4 * CLUSTERS.length);
    expect(observations.every(o => o.result === 'fail')).toBe(true);
    const dev = (check: string, n = 0) =>
      observations.filter(
        o => o.check === check && o.subject === 'cluster:eks-dev',
      )[n];
    expect(dev('kubernetes.cluster-region').summary).toMatch(
      /^eks-dev has nodes outside eu-central-1: 5 in eu-west-1 \(ip-10-1-/,
    );
    expect(dev('kubernetes.log-retention').summary).toBe(
      'Loki in eks-dev keeps logs 30 days (limits_config.retention_period 720h), longer than 14 days.',
    );
    expect(dev('kubernetes.log-scrubbing').summary).toBe(
      '1 of 1 logs pipelines of the OpenTelemetry Collector in eks-dev run no defined transform processor: logs.',
    );
    expect(dev('kubernetes.log-scrubbing', 1).summary).toBe(
      'eks-dev has no ConfigMap observability/vector: no collector configuration to examine.',
    );
  });

  it('renders the overlays of catalog components, and lists services without any', async () => {
    const fixture = path.resolve(
      __dirname,
      '__fixtures__/kustomize/svc-fixture',
    );
    const catalog = [
      ...entities,
      component(
        'svc-fixture',
        {
          'localplus.io/kustomize-overlays':
            'deploy/overlays/compliant, deploy/overlays/violating',
        },
        { location: `file:${fixture}/catalog-info.yaml` },
      ),
      component('lib-money', {}, { type: 'library' }),
    ];
    const observations = await k8s
      .collector(catalog)
      .collect(collectionContext([{ check: 'kubernetes.manifest-policy' }]));
    expect(observations.map(o => [o.check, o.subject, o.result])).toEqual([
      [
        'kubernetes.manifest-policy',
        'manifest:component:default/svc-fixture/deploy/overlays/compliant',
        'pass',
      ],
      [
        'kubernetes.manifest-policy',
        'manifest:component:default/svc-fixture/deploy/overlays/violating',
        'fail',
      ],
      [
        'kubernetes.manifest-policy',
        'manifest:component:default/svc-ledger',
        'not-applicable',
      ],
      [
        'kubernetes.manifest-policy',
        'manifest:component:default/svc-notification',
        'not-applicable',
      ],
    ]);
    const refused = await k8s
      .collector(catalog)
      .collect(
        collectionContext([
          { check: 'kubernetes.manifest-policy', params: { overlays: 'x' } },
        ]),
      );
    expect(refused.map(o => o.result)).toEqual(['error', 'error', 'error']);
    expect(refused[0].summary).toBe(
      `The control's parameters of kubernetes.manifest-policy are unusable: unknown parameter "overlays"; this check takes none.`,
    );
  });

  it('reads nothing when no Kubernetes check is requested', async () => {
    expect(
      await k8s
        .collector(entities)
        .collect(collectionContext([{ check: 'catalog.owner' }])),
    ).toEqual([]);
  });
});
