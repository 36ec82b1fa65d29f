import { CoreV1Api, StorageV1Api } from '@kubernetes/client-node';
import {
  failure,
  setUpKubernetesSimulator,
} from './__testUtils__/kubernetesTestClients';

const k8s = setUpKubernetesSimulator();
const { kubeConfig, core, raw } = k8s;

describe('Kubernetes simulator: what the compliance collector reads', () => {
  it('lists the nodes of each cluster, in eu-west-1', async () => {
    for (const cluster of ['eks-dev', 'eks-staging', 'eks-prod']) {
      const nodes = await core(cluster).listNode();
      expect(nodes.items).toHaveLength(5);
      expect(
        nodes.items.map(
          n => n.metadata?.labels?.['topology.kubernetes.io/region'],
        ),
      ).toEqual(Array(5).fill('eu-west-1'));
      expect(nodes.items[0].metadata?.namespace).toBeUndefined();
    }
  });

  it('reads one node by name and selects nodes by label', async () => {
    const [first] = (await core('eks-prod').listNode()).items;
    const node = await core('eks-prod').readNode({
      name: first.metadata!.name!,
    });
    expect(node.status?.conditions?.find(c => c.type === 'Ready')?.status).toBe(
      'True',
    );
    const platform = await core('eks-prod').listNode({
      labelSelector: 'localplus.io/node-pool=platform',
    });
    expect(platform.items).toHaveLength(2);
  });

  it('lists the storage classes, encrypted', async () => {
    const classes = await kubeConfig('eks-staging')
      .makeApiClient(StorageV1Api)
      .listStorageClass();
    expect(
      classes.items.map(c => [c.metadata?.name, c.parameters?.encrypted]),
    ).toEqual([['gp3', 'true']]);
  });

  it('serves the Cilium, Loki and OpenTelemetry Collector ConfigMaps', async () => {
    const api: CoreV1Api = core('eks-dev');
    const cilium = await api.readNamespacedConfigMap({
      namespace: 'kube-system',
      name: 'cilium-config',
    });
    expect(cilium.data?.['enable-wireguard']).toBe('true');
    const loki = await api.readNamespacedConfigMap({
      namespace: 'observability',
      name: 'loki',
    });
    expect(loki.data?.['config.yaml']).toContain('retention_period: 720h');
    const otel = await api.listNamespacedConfigMap({
      namespace: 'observability',
    });
    expect(otel.items.map(c => c.metadata?.name).sort()).toEqual([
      'loki',
      'otel-collector',
    ]);
  });

  it('describes nodes and storage classes in discovery', async () => {
    const coreGroup = await (await raw('/api/v1')).json();
    expect(coreGroup.resources).toContainEqual(
      expect.objectContaining({
        name: 'nodes',
        kind: 'Node',
        namespaced: false,
      }),
    );
    const storage = await (await raw('/apis/storage.k8s.io/v1')).json();
    expect(storage.resources).toEqual([
      expect.objectContaining({
        name: 'storageclasses',
        kind: 'StorageClass',
        namespaced: false,
        shortNames: ['sc'],
      }),
    ]);
  });

  it('answers 404 for cluster-scoped kinds under a namespace, and for unknown names', async () => {
    expect((await raw('/api/v1/namespaces/kube-system/nodes')).status).toBe(
      404,
    );
    const missing = await failure(
      core('eks-dev').readNamespacedConfigMap({
        namespace: 'observability',
        name: 'no-such-config',
      }),
    );
    expect(missing.code).toBe(404);
    expect(JSON.parse(missing.body).message).toBe(
      'configmaps "no-such-config" not found',
    );
  });
});
