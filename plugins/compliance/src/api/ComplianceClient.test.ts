import { ResponseError } from '@backstage/errors';
import { ComplianceClient } from './ComplianceClient';
import { errorMessage, hasStatus } from './responseErrors';

const BASE = 'http://localhost:7007/api/compliance';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function clientAnswering(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const discoveryApi = { getBaseUrl: jest.fn(async () => BASE) };
  const client = new ComplianceClient({
    discoveryApi,
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch, discoveryApi };
}

describe('ComplianceClient', () => {
  it('reads every route of the compliance backend, leaving unset values out', async () => {
    const { client, fetch, discoveryApi } = clientAnswering(() =>
      jsonResponse(200, {}),
    );

    await client.getStatus({
      from: '2026-01-01',
      to: '2026-03-31',
      framework: 'soc2',
    });
    await client.getStatus();
    await client.getFrameworks();
    await client.getControl('gdpr-eu-residency', { from: '2026-01-01' });
    await client.getObservations({
      control: 'gdpr-eu-residency',
      subject: 'workload:eks-prod/loyalty/Deployment/svc-loyalty',
      result: 'fail',
      limit: 25,
      offset: 50,
    });
    await client.getEntityCompliance('component:default/svc-loyalty', {
      from: '2026-04-01',
      to: '2026-04-30',
    });
    await client.getMyFailingControls();
    await client.getRuns({ limit: 5 });
    await client.getExemptions({
      status: 'requested',
      control: 'access-control',
    });
    await client.getCollectors();
    await client.verifyLedger();

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('compliance');
    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${BASE}/status?from=2026-01-01&to=2026-03-31&framework=soc2`,
      `${BASE}/status`,
      `${BASE}/frameworks`,
      `${BASE}/controls/gdpr-eu-residency?from=2026-01-01`,
      `${BASE}/observations?control=gdpr-eu-residency&subject=workload%3Aeks-prod%2Floyalty%2FDeployment%2Fsvc-loyalty&result=fail&limit=25&offset=50`,
      `${BASE}/entity/component/default/svc-loyalty?from=2026-04-01&to=2026-04-30`,
      `${BASE}/me/failing`,
      `${BASE}/runs?limit=5`,
      `${BASE}/exemptions?status=requested&control=access-control`,
      `${BASE}/collectors`,
      `${BASE}/ledger/verify`,
    ]);
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET' });
  });

  it('encodes ids so a hostile one cannot reach another route', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, {}));

    await client.getControl('../exemptions?status=approved#x');
    await client.approveExemption('../../runs');

    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/controls/..%2Fexemptions%3Fstatus%3Dapproved%23x`,
    );
    expect(fetch.mock.calls[1][0]).toBe(
      `${BASE}/exemptions/..%2F..%2Fruns/approve`,
    );
  });

  it('posts runs, exemption requests and decisions as JSON', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse(202, { triggered: true }),
    );

    await client.startRun();
    await client.requestExemption({
      controlId: 'gdpr-eu-residency',
      subject: 'cluster:eks-us-lab',
      justification: 'Synthetic data only, never personal data.',
      expiresAt: '2026-08-01T00:00:00.000Z',
    });
    await client.approveExemption('ex-1');
    await client.approveExemption('ex-1', 'Fine until the lab closes');
    await client.rejectExemption('ex-2', 'Holds real data');

    const posts = fetch.mock.calls.map(([url, init]) => [
      url,
      init?.method,
      JSON.parse(String(init?.body)),
    ]);
    expect(posts).toEqual([
      [`${BASE}/runs`, 'POST', {}],
      [
        `${BASE}/exemptions`,
        'POST',
        {
          controlId: 'gdpr-eu-residency',
          subject: 'cluster:eks-us-lab',
          justification: 'Synthetic data only, never personal data.',
          expiresAt: '2026-08-01T00:00:00.000Z',
        },
      ],
      [`${BASE}/exemptions/ex-1/approve`, 'POST', {}],
      [
        `${BASE}/exemptions/ex-1/approve`,
        'POST',
        { comment: 'Fine until the lab closes' },
      ],
      [
        `${BASE}/exemptions/ex-2/reject`,
        'POST',
        { comment: 'Holds real data' },
      ],
    ]);
    expect(fetch.mock.calls[0][1]?.headers).toEqual({
      'Content-Type': 'application/json',
    });
  });

  it('downloads an export with the period and the name the backend gave it', async () => {
    const { client, fetch } = clientAnswering(
      () =>
        new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
          status: 200,
          headers: {
            'Content-Type': 'application/zip',
            'Content-Disposition':
              'attachment; filename="localplus-compliance-2026-01-01-2026-03-31.zip"',
          },
        }),
    );

    const archive = await client.exportPeriod({
      from: '2026-01-01',
      to: '2026-03-31',
    });

    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/export?from=2026-01-01&to=2026-03-31`,
    );
    expect(archive.fileName).toBe(
      'localplus-compliance-2026-01-01-2026-03-31.zip',
    );
    expect(archive.blob.size).toBe(4);
  });

  it('throws a ResponseError carrying the status and the backend message', async () => {
    const { client } = clientAnswering(() =>
      // The body Backstage's error handler writes.
      jsonResponse(400, {
        error: {
          name: 'InputError',
          message: 'to: must not be later than the end of today',
        },
        request: { method: 'GET', url: '/api/compliance/status?to=2099-01-01' },
        response: { statusCode: 400 },
      }),
    );

    const error = await client.getStatus({ to: '2099-01-01' }).catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(hasStatus(error, 400)).toBe(true);
    expect(hasStatus(error, 404)).toBe(false);
    expect(errorMessage(error)).toBe(
      'to: must not be later than the end of today',
    );
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    const { client } = clientAnswering(
      () =>
        new Response('<html>bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
    );

    const error = await client.exportPeriod({}).catch(e => e);

    expect(hasStatus(error, 502)).toBe(true);
    expect(errorMessage(error)).toMatch(/502/);
  });
});
