import { AutoscalingV2Api } from '@kubernetes/client-node';
import {
  failure,
  LEDGER_SELECTOR,
  setUpKubernetesSimulator,
  TEST_TOKEN,
} from './__testUtils__/kubernetesTestClients';

const k8s = setUpKubernetesSimulator();
const { kubeConfig, core, raw } = k8s;

describe('Kubernetes simulator: credentials, bad input and faults', () => {
  it('answers a bad selector with 400 and a Status', async () => {
    for (const labelSelector of [
      'app in (',
      'a b=c',
      'key=has space',
      '=value',
      'k in ()',
    ]) {
      const error = await failure(
        core('eks-dev').listPodForAllNamespaces({ labelSelector }),
      );
      expect(error.code).toBe(400);
      expect(JSON.parse(error.body)).toMatchObject({
        kind: 'Status',
        reason: 'BadRequest',
        code: 400,
      });
    }
  });

  it('requires the service-account token', async () => {
    for (const token of [null, 'wrong-token']) {
      const error = await failure(
        core('eks-dev', token).listPodForAllNamespaces({}),
      );
      // client-node drops the body of a 401; the raw answer below has it.
      expect(error.code).toBe(401);
    }
    const anonymous = await fetch(
      `${k8s.simulator().clusterUrls['eks-dev']}/api/v1/pods`,
    );
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      kind: 'Status',
      reason: 'Unauthorized',
      code: 401,
    });
    const probe = await fetch(
      `${k8s.simulator().clusterUrls['eks-dev']}/healthz`,
    );
    expect(await probe.text()).toBe('ok');
  });

  it('surfaces an injected fault as an error of that cluster only', async () => {
    k8s.simulator().setFault({ target: 'eks-staging' });
    const error = await failure(
      core('eks-staging').listPodForAllNamespaces({
        labelSelector: LEDGER_SELECTOR,
      }),
    );
    expect(error.code).toBe(500);
    expect(JSON.parse(error.body)).toMatchObject({
      kind: 'Status',
      reason: 'InternalError',
    });
    await expect(
      core('eks-prod').listPodForAllNamespaces({
        labelSelector: LEDGER_SELECTOR,
      }),
    ).resolves.toBeDefined();

    k8s.simulator().clearFaults();
    k8s.simulator().setFault({
      target: 'eks-prod',
      pathPrefix: '/apis/autoscaling',
      status: 503,
      times: 1,
    });
    const autoscaling = kubeConfig('eks-prod').makeApiClient(AutoscalingV2Api);
    expect(
      (
        await failure(
          autoscaling.listHorizontalPodAutoscalerForAllNamespaces({}),
        )
      ).code,
    ).toBe(503);
    await expect(
      autoscaling.listHorizontalPodAutoscalerForAllNamespaces({}),
    ).resolves.toBeDefined();
  });

  it('delays answers when told to', async () => {
    k8s.simulator().setFault({ target: 'eks-dev', delayMs: 300 });
    const started = Date.now();
    const pods = await core('eks-dev').listPodForAllNamespaces({
      labelSelector: LEDGER_SELECTOR,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(pods.items).toHaveLength(2);
  });

  it('answers unknown, hostile and unsupported requests with a clear 4xx', async () => {
    const unknown = await raw('/apis/apps/v1/widgets');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
    });
    expect(
      (await raw('/api/v1/namespaces/svc-ledger/pods/no-such-pod')).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${k8s.simulator().url}/clusters/eks-nowhere/api/v1/pods`, {
          headers: { Authorization: `Bearer ${TEST_TOKEN}` },
        })
      ).status,
    ).toBe(404);
    expect((await raw('/api/v1/namespaces/..%2F..%2Fetc/pods')).status).toBe(
      400,
    );
    expect(
      (await raw(`/api/v1/pods?labelSelector=${'a'.repeat(10_000)}`)).status,
    ).toBe(400);
    expect(
      (await raw('/api/v1/pods?labelSelector=a&labelSelector=b')).status,
    ).toBe(400);
    expect((await raw('/api/v1/pods?limit=-1')).status).toBe(400);
    expect((await raw('/api/v1/pods?watch=true')).status).toBe(400);
    expect(
      (await raw('/api/v1/events?fieldSelector=spec.secret=1')).status,
    ).toBe(400);
    expect(
      (
        await raw('/api/v1/namespaces/svc-ledger/pods', {
          method: 'POST',
          body: '{}',
        })
      ).status,
    ).toBe(405);
    // Still serving after all that.
    expect(
      (
        await raw(
          `/api/v1/pods?labelSelector=${encodeURIComponent(LEDGER_SELECTOR)}`,
        )
      ).status,
    ).toBe(200);
  });
});
