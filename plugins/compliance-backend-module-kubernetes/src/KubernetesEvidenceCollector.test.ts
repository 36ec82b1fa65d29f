import path from 'node:path';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import { clusterResource, component } from './__testUtils__/catalogEntities';
import { collectionContext } from './__testUtils__/collectionContext';
import {
  setUpSimulator,
  SIMULATOR_TOKEN,
  simulatorClusters,
} from './__testUtils__/simulatorCollector';

jest.setTimeout(60_000);

const k8s = setUpSimulator();

const CLUSTERS = ['eks-dev', 'eks-staging', 'eks-prod'];
const entities = [
  component('svc-ledger', { 'backstage.io/kubernetes-id': 'svc-ledger' }),
  component('svc-notification', {
    'backstage.io/kubernetes-id': 'svc-notification',
  }),
  clusterResource('eks-prod'),
];

const CLUSTER_WIDE: ControlEvidence[] = [
  { check: 'kubernetes.cluster-region', params: { regions: ['eu-west-1'] } },
  { check: 'kubernetes.storage-encryption' },
  { check: 'kubernetes.pod-encryption' },
  { check: 'kubernetes.log-retention' },
  { check: 'kubernetes.log-scrubbing', params: { processors: ['redaction'] } },
];

function bySubject(observations: CollectedObservation[], check: string) {
  return Object.fromEntries(
    observations.filter(o => o.check === check).map(o => [o.subject, o]),
  );
}

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

  it('reports an unreadable cluster as an error on it, and still reads the others', async () => {
    k8s.simulator().setFault({ target: 'eks-staging', status: 503 });
    const observations = await k8s
      .collector(entities)
      .collect(
        collectionContext([
          { check: 'kubernetes.workload-policy' },
          ...CLUSTER_WIDE,
        ]),
      );
    const staging = observations.filter(
      o =>
        o.subject.startsWith('cluster:eks-staging') ||
        o.subject.includes(':eks-staging/'),
    );
    expect(staging).toHaveLength(1 + CLUSTER_WIDE.length);
    expect(staging.every(o => o.result === 'error')).toBe(true);
    expect(staging[0]).toMatchObject({
      subject: 'cluster:eks-staging',
      summary: expect.stringMatching(
        /^eks-staging could not be read: GET \/apis\/apps\/v1\/deployments on eks-staging: HTTP 503/,
      ),
      details: { cluster: 'eks-staging', failure: 'http' },
    });
    expect(observations.filter(o => o.result === 'error')).toHaveLength(
      staging.length,
    );
  });

  it('says a refused token is refused, and never shows the token', async () => {
    const collector = k8s.collector(entities, {
      clusters: simulatorClusters(k8s.simulator(), {
        serviceAccountToken: 'not-the-right-token-0987',
      }),
    });
    const context = collectionContext([{ check: 'kubernetes.pod-encryption' }]);
    const observations = await collector.collect(context);
    expect(observations.map(o => o.result)).toEqual([
      'error',
      'error',
      'error',
    ]);
    expect(observations[0].summary).toBe(
      'eks-dev could not be read: GET /api/v1/namespaces/kube-system/configmaps/cilium-config on eks-dev: HTTP 401: Unauthorized.',
    );
    expect(observations[0].details).toEqual({
      cluster: 'eks-dev',
      failure: 'unauthorized',
    });
    const everything = JSON.stringify([
      observations,
      (context.logger as any).info.mock.calls,
    ]);
    expect(everything).not.toContain('not-the-right-token');
    expect(everything).not.toContain(SIMULATOR_TOKEN);
  });

  it('gives up on a slow cluster after the request timeout', async () => {
    k8s.simulator().setFault({ target: 'eks-prod', delayMs: 3000 });
    const collector = k8s.collector(entities, {
      settings: {
        requestTimeoutMs: 300,
        kustomizeTimeoutMs: 60_000,
        kubectl: 'kubectl',
      },
    });
    const started = Date.now();
    const observations = await collector.collect(
      collectionContext([{ check: 'kubernetes.storage-encryption' }]),
    );
    expect(Date.now() - started).toBeLessThan(2500);
    expect(
      bySubject(observations, 'kubernetes.storage-encryption')[
        'cluster:eks-prod'
      ],
    ).toMatchObject({
      result: 'error',
      summary:
        'eks-prod could not be read: GET /apis/storage.k8s.io/v1/storageclasses on eks-prod: no answer within 300 ms.',
    });
  });

  it('refuses clusters it cannot authenticate to, naming the provider', async () => {
    const collector = k8s.collector(entities, {
      clusters: simulatorClusters(k8s.simulator(), {
        authProvider: 'google',
        serviceAccountToken: undefined,
      }),
    });
    const [first] = await collector.collect(
      collectionContext([{ check: 'kubernetes.storage-encryption' }]),
    );
    expect(first).toMatchObject({
      result: 'error',
      summary:
        'eks-dev could not be read: the compliance collector reads clusters with authProvider serviceAccount (a read-only token), aws or localKubectlProxy; eks-dev uses google.',
      details: { failure: 'unsupported-auth' },
    });
  });

  it('answers unusable parameters with an error per cluster, and an absent cluster list with one error', async () => {
    const observations = await k8s.collector(entities).collect(
      collectionContext([
        { check: 'kubernetes.cluster-region' },
        { check: 'kubernetes.log-retention', params: { maxDays: 1e9 } },
        {
          check: 'kubernetes.workload-policy',
          params: { namespaces: ['../etc'] },
        },
        { check: 'kubernetes.pod-encryption', params: { namespace: 'x' } },
      ]),
    );
    expect(observations).toHaveLength(4 * CLUSTERS.length);
    expect(new Set(observations.map(o => o.result))).toEqual(
      new Set(['error']),
    );
    expect([...new Set(observations.map(o => o.summary))]).toEqual([
      "The control's parameters of kubernetes.cluster-region are unusable: regions is required, e.g. ['eu-west-1'].",
      "The control's parameters of kubernetes.log-retention are unusable: maxDays must be a whole number from 1 to 3650.",
      "The control's parameters of kubernetes.workload-policy are unusable: namespaces must be a non-empty list of at most 100 namespace names.",
      `The control's parameters of kubernetes.pod-encryption are unusable: unknown parameter "namespace"; this check takes none.`,
    ]);
    const none = await k8s
      .collector(entities, { clusters: [] })
      .collect(collectionContext([{ check: 'kubernetes.storage-encryption' }]));
    expect(none).toEqual([
      expect.objectContaining({
        subject: 'kubernetes:clusters',
        result: 'error',
        summary:
          'No Kubernetes cluster is configured (kubernetes.clusterLocatorMethods, type config), so there is nothing to examine.',
      }),
    ]);
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
