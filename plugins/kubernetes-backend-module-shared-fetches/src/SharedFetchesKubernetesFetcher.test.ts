import type {
  ClusterDetails,
  FetchResponseWrapper,
  KubernetesCredential,
  KubernetesFetcher,
  ObjectFetchParams,
} from '@backstage/plugin-kubernetes-node';
import { SharedFetchesKubernetesFetcher } from './SharedFetchesKubernetesFetcher';

const AUTH_PROVIDER = 'kubernetes.io/auth-provider';

function cluster(
  authProvider: string,
  overrides: Partial<ClusterDetails> = {},
): ClusterDetails {
  return {
    name: 'eks-prod',
    url: 'https://eks-prod.example',
    authMetadata: { [AUTH_PROVIDER]: authProvider },
    ...overrides,
  };
}

const bearer = (token: string): KubernetesCredential => ({
  type: 'bearer token',
  token,
});

function params(overrides: Partial<ObjectFetchParams> = {}): ObjectFetchParams {
  return {
    serviceId: 'svc-ledger',
    clusterDetails: cluster('serviceAccount'),
    credential: bearer('portal-token'),
    objectTypesToFetch: new Set([
      {
        group: '',
        apiVersion: 'v1',
        plural: 'pods',
        objectType: 'pods' as const,
      },
      {
        group: 'apps',
        apiVersion: 'v1',
        plural: 'deployments',
        objectType: 'deployments' as const,
      },
    ]),
    labelSelector: 'backstage.io/kubernetes-id=svc-ledger',
    customResources: [],
    ...overrides,
  };
}

const podsOf = (name: string): FetchResponseWrapper => ({
  errors: [],
  responses: [{ type: 'pods', resources: [{ metadata: { name } }] }],
});

/** A fetcher whose answers the test hands out, counting every call. */
class ScriptedFetcher implements KubernetesFetcher {
  objectCalls: ObjectFetchParams[] = [];
  metricsCalls = 0;
  answer: () => Promise<FetchResponseWrapper> = async () => podsOf('pod-1');

  fetchObjectsForService(p: ObjectFetchParams) {
    this.objectCalls.push(p);
    return this.answer();
  }

  fetchPodMetricsByNamespaces() {
    this.metricsCalls += 1;
    return this.answer();
  }
}

function setup(maxAgeMs = 5_000) {
  let clock = 1_000_000;
  const inner = new ScriptedFetcher();
  const fetcher = new SharedFetchesKubernetesFetcher(inner, {
    maxAgeMs,
    now: () => clock,
  });
  return {
    inner,
    fetcher,
    advance(ms: number) {
      clock += ms;
    },
  };
}

describe('SharedFetchesKubernetesFetcher', () => {
  it('shares a fetch under way with every view asking the same question', async () => {
    const { inner, fetcher } = setup();
    let release!: (value: FetchResponseWrapper) => void;
    inner.answer = () =>
      new Promise(resolve => {
        release = resolve;
      });

    const views = Array.from({ length: 20 }, () =>
      fetcher.fetchObjectsForService(params()),
    );
    release(podsOf('pod-1'));
    const answers = await Promise.all(views);

    expect(inner.objectCalls).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.responses[0].resources[0].metadata.name).toBe('pod-1');
    }
  });

  it('answers from the finished fetch until its age is up, then asks the cluster again', async () => {
    const { inner, fetcher, advance } = setup(5_000);
    await fetcher.fetchObjectsForService(params());
    advance(4_999);
    await fetcher.fetchObjectsForService(params());
    expect(inner.objectCalls).toHaveLength(1);

    inner.answer = async () => podsOf('pod-2');
    advance(2);
    const fresh = await fetcher.fetchObjectsForService(params());
    expect(inner.objectCalls).toHaveLength(2);
    expect(fresh.responses[0].resources[0].metadata.name).toBe('pod-2');
  });

  it('hands each caller its own lists, so one caller appending errors changes nothing for the next', async () => {
    const { fetcher } = setup();
    const first = await fetcher.fetchObjectsForService(params());
    first.errors.push({
      errorType: 'FETCH_ERROR',
      message: 'pod metrics unavailable',
    });
    first.responses.length = 0;

    const second = await fetcher.fetchObjectsForService(params());
    expect(second.errors).toEqual([]);
    expect(second.responses).toHaveLength(1);
  });

  it('asks again after a fetch that reported errors', async () => {
    const { inner, fetcher } = setup();
    inner.answer = async () => ({
      errors: [
        {
          errorType: 'UNAUTHORIZED_ERROR',
          statusCode: 401,
          resourcePath: '/api/v1/pods',
        },
      ],
      responses: [],
    });
    const failed = await fetcher.fetchObjectsForService(params());
    expect(failed.errors).toHaveLength(1);

    inner.answer = async () => podsOf('pod-1');
    const retried = await fetcher.fetchObjectsForService(params());
    expect(inner.objectCalls).toHaveLength(2);
    expect(retried.errors).toEqual([]);
  });

  it('shares a rejected fetch with the views waiting on it, then asks again', async () => {
    const { inner, fetcher } = setup();
    inner.answer = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), {
        name: 'FetchError',
      });
    };
    const waiting = [
      fetcher.fetchObjectsForService(params()),
      fetcher.fetchObjectsForService(params()),
    ];
    await expect(waiting[0]).rejects.toThrow('ECONNREFUSED');
    await expect(waiting[1]).rejects.toThrow('ECONNREFUSED');
    expect(inner.objectCalls).toHaveLength(1);

    inner.answer = async () => podsOf('pod-1');
    await expect(fetcher.fetchObjectsForService(params())).resolves.toEqual(
      podsOf('pod-1'),
    );
    expect(inner.objectCalls).toHaveLength(2);
  });

  it('never answers one viewer with a fetch made with another viewer’s own token', async () => {
    const { inner, fetcher } = setup();
    const oidc = cluster('oidc');
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: oidc, credential: bearer('alice-id-token') }),
    );
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: oidc, credential: bearer('bob-id-token') }),
    );
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: oidc, credential: bearer('alice-id-token') }),
    );
    expect(inner.objectCalls.map(p => p.credential)).toEqual([
      bearer('alice-id-token'),
      bearer('bob-id-token'),
    ]);
  });

  it('treats a cluster the portal calls as itself as one caller, even when its token changes with every call', async () => {
    const { inner, fetcher } = setup();
    const eks = cluster('aws', {
      authMetadata: {
        [AUTH_PROVIDER]: 'aws',
        'kubernetes.io/aws-assume-role': 'arn:aws:iam::1:role/eks-reader',
      },
    });
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: eks, credential: bearer('k8s-aws-v1.at-t1') }),
    );
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: eks, credential: bearer('k8s-aws-v1.at-t2') }),
    );
    expect(inner.objectCalls).toHaveLength(1);

    const otherRole = cluster('aws', {
      authMetadata: {
        [AUTH_PROVIDER]: 'aws',
        'kubernetes.io/aws-assume-role': 'arn:aws:iam::1:role/eks-admin',
      },
    });
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: otherRole, credential: bearer('k8s-aws-v1.x') }),
    );
    expect(inner.objectCalls).toHaveLength(2);
  });

  it('keeps an unknown auth provider per credential', async () => {
    const { inner, fetcher } = setup();
    const custom = cluster('company-sso');
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: custom, credential: bearer('one') }),
    );
    await fetcher.fetchObjectsForService(
      params({ clusterDetails: custom, credential: bearer('two') }),
    );
    expect(inner.objectCalls).toHaveLength(2);
  });

  it('asks separately for another service, cluster, selector, namespace or set of types', async () => {
    const { inner, fetcher } = setup();
    const variants: Partial<ObjectFetchParams>[] = [
      {},
      { serviceId: 'svc-wallet' },
      { clusterDetails: cluster('serviceAccount', { name: 'eks-staging' }) },
      {
        clusterDetails: cluster('serviceAccount', {
          url: 'https://other.example',
        }),
      },
      { labelSelector: 'app=svc-ledger' },
      { namespace: 'ledger' },
      {
        customResources: [
          {
            group: 'gateway.networking.k8s.io',
            apiVersion: 'v1',
            plural: 'httproutes',
            objectType: 'customresources',
          },
        ],
      },
    ];
    for (const variant of variants) {
      await fetcher.fetchObjectsForService(params(variant));
    }
    expect(inner.objectCalls).toHaveLength(variants.length);
  });

  it('shares pod metrics lookups of the same namespaces, in any order', async () => {
    const { inner, fetcher } = setup();
    const eks = cluster('serviceAccount');
    await fetcher.fetchPodMetricsByNamespaces(
      eks,
      bearer('portal-token'),
      new Set(['ledger', 'wallet']),
      'app=x',
    );
    await fetcher.fetchPodMetricsByNamespaces(
      eks,
      bearer('portal-token'),
      new Set(['wallet', 'ledger']),
      'app=x',
    );
    expect(inner.metricsCalls).toBe(1);
    await fetcher.fetchPodMetricsByNamespaces(
      eks,
      bearer('portal-token'),
      new Set(['ledger']),
      'app=x',
    );
    expect(inner.metricsCalls).toBe(2);
  });

  it('keeps at most maxEntries fetches, dropping the oldest', async () => {
    let clock = 0;
    const inner = new ScriptedFetcher();
    const fetcher = new SharedFetchesKubernetesFetcher(inner, {
      maxAgeMs: 60_000,
      maxEntries: 2,
      now: () => clock,
    });
    for (const serviceId of ['a', 'b', 'c']) {
      clock += 1;
      await fetcher.fetchObjectsForService(params({ serviceId }));
    }
    await fetcher.fetchObjectsForService(params({ serviceId: 'c' }));
    expect(inner.objectCalls).toHaveLength(3);
    await fetcher.fetchObjectsForService(params({ serviceId: 'a' }));
    expect(inner.objectCalls).toHaveLength(4);
  });
});
