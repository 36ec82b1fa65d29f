import {
  AppsV1Api,
  AutoscalingV2Api,
  BatchV1Api,
  CoreV1Api,
  CustomObjectsApi,
  Metrics,
  topPods,
  VersionApi,
} from '@kubernetes/client-node';
import { expectedPods } from '../__testUtils__/datasetQueries';
import {
  LEDGER_SELECTOR,
  setUpKubernetesSimulator,
  TEST_TOKEN,
} from './__testUtils__/kubernetesTestClients';

const k8s = setUpKubernetesSimulator();
const { kubeConfig, core, raw } = k8s;

describe('Kubernetes simulator through @kubernetes/client-node', () => {
  it('serves svc-ledger with the replicas of each environment', async () => {
    const counts: Record<string, number> = {};
    for (const cluster of ['eks-dev', 'eks-staging', 'eks-prod']) {
      const pods = await core(cluster).listPodForAllNamespaces({
        labelSelector: LEDGER_SELECTOR,
      });
      counts[cluster] = pods.items.length;
      expect(pods.items.map(p => p.metadata?.name).sort()).toEqual(
        expectedPods(k8s.simulator().dataset, cluster, 'svc-ledger')
          .map(p => p.metadata.name)
          .sort(),
      );
      expect(pods.items.every(p => p.status?.phase === 'Running')).toBe(true);
      expect(pods.items[0].metadata?.ownerReferences?.[0].kind).toBe(
        'ReplicaSet',
      );
    }
    expect(counts).toEqual({ 'eks-dev': 2, 'eks-staging': 2, 'eks-prod': 10 });
  });

  it('shows exactly one crash-looping pod, svc-wallet in eks-staging', async () => {
    const crashing = [];
    for (const cluster of ['eks-dev', 'eks-staging', 'eks-prod']) {
      const pods = await core(cluster).listPodForAllNamespaces({});
      crashing.push(
        ...pods.items
          .filter(
            p =>
              p.status?.containerStatuses?.[0].state?.waiting?.reason ===
              'CrashLoopBackOff',
          )
          .map(p => ({ cluster, pod: p })),
      );
    }
    expect(crashing).toHaveLength(1);
    const [{ cluster, pod }] = crashing;
    expect(cluster).toBe('eks-staging');
    expect(pod.metadata?.labels?.['backstage.io/kubernetes-id']).toBe(
      'svc-wallet',
    );
    const status = pod.status!.containerStatuses![0];
    expect(status.ready).toBe(false);
    expect(status.restartCount).toBeGreaterThanOrEqual(30);
    expect(status.lastState?.terminated?.exitCode).toBe(1);

    const deployment = await kubeConfig('eks-staging')
      .makeApiClient(AppsV1Api)
      .readNamespacedDeployment({
        name: 'svc-wallet',
        namespace: 'svc-wallet',
      });
    expect(deployment.status?.unavailableReplicas).toBe(1);
    expect(deployment.status?.updatedReplicas).toBeLessThan(
      deployment.status!.replicas!,
    );
    expect(
      deployment.status?.conditions?.find(c => c.type === 'Progressing'),
    ).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
    });

    const log = await core('eks-staging').readNamespacedPodLog({
      name: pod.metadata!.name!,
      namespace: 'svc-wallet',
      container: 'svc-wallet',
    });
    expect(log).toContain('startup failed');
  });

  it('shows svc-ledger in eks-prod with its HPA at the maximum', async () => {
    const autoscaling = kubeConfig('eks-prod').makeApiClient(AutoscalingV2Api);
    const list = await autoscaling.listHorizontalPodAutoscalerForAllNamespaces({
      labelSelector: LEDGER_SELECTOR,
    });
    expect(list.items).toHaveLength(1);
    const [hpa] = list.items;
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
    expect(
      hpa.spec?.metrics?.map(m => [
        m.resource?.name,
        m.resource?.target.averageUtilization,
      ]),
    ).toEqual([
      ['cpu', 70],
      ['memory', 80],
    ]);
    expect(hpa.status?.currentReplicas).toBe(hpa.spec?.maxReplicas);
    expect(
      hpa.status?.conditions?.find(c => c.type === 'ScalingLimited'),
    ).toMatchObject({
      status: 'True',
      reason: 'TooManyReplicas',
    });
    expect(
      hpa.status?.currentMetrics?.[0].resource?.current.averageUtilization,
    ).toBeGreaterThan(70);

    const atMaximum = [];
    for (const cluster of ['eks-dev', 'eks-staging', 'eks-prod']) {
      const all = await kubeConfig(cluster)
        .makeApiClient(AutoscalingV2Api)
        .listHorizontalPodAutoscalerForAllNamespaces({});
      atMaximum.push(
        ...all.items.filter(
          h => h.status?.currentReplicas === h.spec?.maxReplicas,
        ),
      );
    }
    expect(atMaximum).toHaveLength(1);
  });

  it('filters with equality, set-based and existence selectors', async () => {
    const dev = core('eks-dev');
    const all = (await dev.listPodForAllNamespaces({})).items.length;
    const count = async (labelSelector: string) =>
      (await dev.listPodForAllNamespaces({ labelSelector })).items.length;

    expect(await count('app.kubernetes.io/name==svc-ledger')).toBe(2);
    expect(
      await count('app.kubernetes.io/name in (svc-ledger, svc-wallet)'),
    ).toBe(4);
    expect(
      await count(
        'backstage.io/kubernetes-id notin (svc-ledger),localplus.io/tier=t3',
      ),
    ).toBe((await count('localplus.io/tier=t3')) - 2);
    expect(await count('backstage.io/kubernetes-id!=svc-ledger')).toBe(all - 2);
    expect(await count('localplus.io/tier')).toBe(all);
    expect(await count('!backstage.io/kubernetes-id')).toBe(0);
    expect(await count('backstage.io/kubernetes-id=no-such-service')).toBe(0);

    const namespaced = await dev.listNamespacedPod({
      namespace: 'svc-ledger',
      labelSelector: LEDGER_SELECTOR,
    });
    expect(namespaced.items).toHaveLength(2);
    const platform = await dev.listNamespacedPod({ namespace: 'platform' });
    expect(
      platform.items.every(
        p => p.metadata?.labels?.['localplus.io/tier'] === 't1',
      ),
    ).toBe(true);
  });

  it('serves HTTPRoutes of public components as custom objects', async () => {
    const custom = kubeConfig('eks-prod').makeApiClient(CustomObjectsApi);
    const routes = (await custom.listClusterCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      plural: 'httproutes',
      labelSelector: LEDGER_SELECTOR,
    })) as {
      kind: string;
      items: Array<{
        kind: string;
        spec: { hostnames: string[]; rules: any[] };
      }>;
    };
    expect(routes.kind).toBe('HTTPRouteList');
    expect(routes.items).toHaveLength(1);
    expect(routes.items[0].kind).toBe('HTTPRoute');
    expect(routes.items[0].spec.hostnames).toEqual(['api.localplus.example']);
    expect(routes.items[0].spec.rules[0].matches[0].path.value).toBe('/ledger');

    const notification = (await custom.listClusterCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      plural: 'httproutes',
      labelSelector: 'backstage.io/kubernetes-id=svc-notification',
    })) as { items: unknown[] };
    expect(notification.items).toHaveLength(0);
  });

  it('serves the other workload kinds the Backstage backend lists', async () => {
    const kc = kubeConfig('eks-staging');
    const apps = kc.makeApiClient(AppsV1Api);
    const replicaSets = await apps.listReplicaSetForAllNamespaces({
      labelSelector: LEDGER_SELECTOR,
    });
    expect(replicaSets.items[0].metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'svc-ledger',
    });
    expect(
      (
        await apps.listStatefulSetForAllNamespaces({
          labelSelector: LEDGER_SELECTOR,
        })
      ).items,
    ).toEqual([]);
    expect(
      (
        await apps.listDaemonSetForAllNamespaces({
          labelSelector: LEDGER_SELECTOR,
        })
      ).items,
    ).toEqual([]);

    const services = await kc
      .makeApiClient(CoreV1Api)
      .listServiceForAllNamespaces({ labelSelector: LEDGER_SELECTOR });
    expect(services.items[0].spec?.ports?.[0]).toMatchObject({
      name: 'http',
      port: 8080,
    });
    const configMaps = await kc
      .makeApiClient(CoreV1Api)
      .listConfigMapForAllNamespaces({ labelSelector: LEDGER_SELECTOR });
    expect(configMaps.items[0].data?.OTEL_TRACES_SAMPLER_ARG).toBe('0.5');

    const cronJobs = await kc
      .makeApiClient(BatchV1Api)
      .listCronJobForAllNamespaces({
        labelSelector: 'backstage.io/kubernetes-id=svc-wallet',
      });
    expect(cronJobs.items.map(c => c.spec?.schedule)).toEqual(['0 2 * * *']);
  });

  it('reports pod metrics that client-node can combine with the pods', async () => {
    const kc = kubeConfig('eks-prod');
    const usage = await topPods(
      kc.makeApiClient(CoreV1Api),
      new Metrics(kc),
      'svc-ledger',
    );
    expect(usage).toHaveLength(10);
    expect(Number(usage[0].CPU.CurrentUsage)).toBeGreaterThan(0);
  });

  it('answers discovery and version requests', async () => {
    const version = await kubeConfig('eks-dev')
      .makeApiClient(VersionApi)
      .getCode();
    expect(version.major).toBe('1');
    const groups = await (await raw('/apis')).json();
    expect(groups.groups.map((g: { name: string }) => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'autoscaling',
        'batch',
        'networking.k8s.io',
        'gateway.networking.k8s.io',
      ]),
    );
  });

  it('serves the URLs the Backstage Kubernetes backend builds, and pages long lists', async () => {
    const url = `${
      k8s.simulator().clusterUrls['eks-prod']
    }/api/v1/pods?labelSelector=${encodeURIComponent(LEDGER_SELECTOR)}`;
    const response = await fetch(url, {
      headers: {
        Authorization: `Bearer ${TEST_TOKEN}`,
        Accept: 'application/json',
      },
    });
    const body = await response.json();
    expect(body.kind).toBe('PodList');
    expect(body.items).toHaveLength(10);
    expect(body.items[0].kind).toBeUndefined();

    const firstPage = await (await raw('/api/v1/pods?limit=3')).json();
    expect(firstPage.items).toHaveLength(3);
    const secondPage = await (
      await raw(
        `/api/v1/pods?limit=3&continue=${encodeURIComponent(
          firstPage.metadata.continue,
        )}`,
      )
    ).json();
    expect(secondPage.items[0].metadata.name).not.toBe(
      firstPage.items[0].metadata.name,
    );
    expect(
      (await raw('/api/v1/pods?limit=3&continue=not-a-token')).status,
    ).toBe(400);

    const events = await (
      await fetch(
        `${
          k8s.simulator().clusterUrls['eks-staging']
        }/api/v1/namespaces/svc-wallet/events?fieldSelector=type%3DWarning`,
        { headers: { Authorization: `Bearer ${TEST_TOKEN}` } },
      )
    ).json();
    expect(events.items.map((e: { reason: string }) => e.reason)).toEqual([
      'BackOff',
    ]);
  });

  it('counts every request it receives, refused ones too', async () => {
    const before = k8s.simulator().requestCount();
    await raw('/api/v1/pods?limit=1');
    await raw('/api/v1/no-such-type');
    await fetch(`${k8s.simulator().clusterUrls['eks-dev']}/api/v1/pods`);
    expect(k8s.simulator().requestCount() - before).toBe(3);
  });
});
