import { collectionContext } from './__testUtils__/collectionContext';
import {
  bySubject,
  CLUSTER_WIDE,
  CLUSTERS,
  entities,
} from './__testUtils__/simulatorEntities';
import {
  setUpSimulator,
  SIMULATOR_TOKEN,
  simulatorClusters,
} from './__testUtils__/simulatorCollector';

jest.setTimeout(60_000);

const k8s = setUpSimulator();

// The collector when clusters fail it: unreadable, refusing the token, too
// slow, needing an unsupported sign-in; and parameters it cannot use.
describe('KubernetesEvidenceCollector when clusters fail', () => {
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
});
