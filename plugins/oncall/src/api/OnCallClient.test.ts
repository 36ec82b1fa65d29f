import { OnCallClient } from './OnCallClient';
import { isForbidden, OnCallApiError } from './OnCallApiError';

const BASE = 'http://localhost:7007/api/oncall';

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
  const client = new OnCallClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const RANGE = {
  from: '2026-03-01T23:00:00.000Z',
  to: '2026-03-08T23:00:00.000Z',
};

describe('OnCallClient', () => {
  it('asks for the fairness CSV at /fairness.csv with the period, as text', async () => {
    const { client, fetch } = clientAnswering(
      () => new Response('user,hoursOnCall\nuser:default/alice,168\n'),
    );

    const csv = await client.getFairnessCsv(RANGE);

    expect(csv).toBe('user,hoursOnCall\nuser:default/alice,168\n');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/fairness.csv?from=2026-03-01T23%3A00%3A00.000Z&to=2026-03-08T23%3A00%3A00.000Z`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('encodes path segments it did not write itself', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, {}));

    await client.getEntityOnCall({
      kind: 'component',
      namespace: 'default',
      name: 'svc/../ledger',
    });
    await client.getSchedule('weekly rota', RANGE);

    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/entity/component/default/svc%2F..%2Fledger`,
    );
    expect(fetch.mock.calls[1][0]).toMatch(
      /^http:\/\/localhost:7007\/api\/oncall\/rotations\/weekly%20rota\/schedule\?from=/,
    );
  });

  it('sends a JSON body with the method of the route', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, []));

    await client.cancelOverride('ov-1', { reason: 'Back from leave' });
    await client.createSwap('localplus-weekly', {
      role: 'primary',
      firstShiftStart: '2026-03-02T09:00:00.000Z',
      secondShiftStart: '2026-03-09T09:00:00.000Z',
      reason: 'Holiday',
    });

    const [cancelUrl, cancelInit] = fetch.mock.calls[0];
    expect(cancelUrl).toBe(`${BASE}/overrides/ov-1`);
    expect(cancelInit).toMatchObject({
      method: 'DELETE',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'Back from leave' }),
    });
    expect(fetch.mock.calls[1][0]).toBe(
      `${BASE}/rotations/localplus-weekly/swaps`,
    );
    expect(JSON.parse(String(fetch.mock.calls[1][1]?.body))).toMatchObject({
      reason: 'Holiday',
    });
  });

  it('leaves unset options out of the query', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, []));

    await client.listPages();
    await client.listPages({
      status: 'open',
      entityRef: 'component:default/svc-ledger',
    });
    await client.getCoverage({ weeks: 4 });
    await client.getChanges('localplus-weekly');

    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${BASE}/pages`,
      `${BASE}/pages?status=open&entityRef=component%3Adefault%2Fsvc-ledger`,
      `${BASE}/coverage?weeks=4`,
      `${BASE}/rotations/localplus-weekly/changes`,
    ]);
  });

  it('accepts an empty answer to a revocation', async () => {
    const { client, fetch } = clientAnswering(
      () => new Response(null, { status: 204 }),
    );

    await expect(client.revokeCalendarLink('cal-1')).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/calendar-links/cal-1`,
      expect.objectContaining({ method: 'DELETE', body: undefined }),
    );
  });

  it("throws the backend's own message with its status", async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(400, {
        error: { name: 'InputError', message: 'start is in the past' },
      }),
    );

    const failure = client.createOverride('localplus-weekly', {
      role: 'primary',
      start: '2020-01-01T00:00:00.000Z',
      end: '2020-01-02T00:00:00.000Z',
      user: 'user:default/bob',
      reason: 'Cover',
    });

    await expect(failure).rejects.toThrow('start is in the past');
    await expect(failure).rejects.toMatchObject({
      statusCode: 400,
      errorName: 'InputError',
    });
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    const { client } = clientAnswering(
      () => new Response('<html>bad gateway</html>', { status: 502 }),
    );

    const error = await client.getNow().catch(e => e);

    expect(error).toBeInstanceOf(OnCallApiError);
    expect(error.message).toBe('The on-call backend answered 502');
    expect(isForbidden(error)).toBe(false);
  });

  it('recognises a refusal', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(403, {
        error: { name: 'NotAllowedError', message: 'Unauthorized' },
      }),
    );

    const error = await client.getFairness(RANGE).catch(e => e);

    expect(isForbidden(error)).toBe(true);
  });
});
