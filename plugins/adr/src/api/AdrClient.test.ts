import { AdrClient } from './AdrClient';
import { AdrApiError, isForbidden, isNotFound } from './AdrApiError';

const BASE = 'http://localhost:7007/api/adr';

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
  const client = new AdrClient({
    discoveryApi,
    fetchApi: { fetch: fetch as unknown as typeof globalThis.fetch },
  });
  return { client, fetch, discoveryApi };
}

describe('AdrClient', () => {
  it('asks the adr backend for the log with every filter encoded', async () => {
    const { client, fetch, discoveryApi } = clientAnswering(() =>
      jsonResponse(200, { decisions: [], total: 0 }),
    );

    await client.listDecisions({
      status: ['accepted', 'proposed'],
      from: '2024-01-01',
      to: '2024-12-31',
      system: 'system:default/localplus-core',
      owner: 'group:default/team-ledger',
      decisionMaker: 'Alice Martin',
      tag: 'c++ & rust',
      q: 'kafka outbox',
      limit: 25,
      offset: 50,
    });

    expect(discoveryApi.getBaseUrl).toHaveBeenCalledWith('adr');
    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/adr/decisions');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'accepted,proposed',
      from: '2024-01-01',
      to: '2024-12-31',
      system: 'system:default/localplus-core',
      owner: 'group:default/team-ledger',
      decisionMaker: 'Alice Martin',
      tag: 'c++ & rust',
      q: 'kafka outbox',
      limit: '25',
      offset: '50',
    });
    // Characters that mean something in a query string do not leak out of their value.
    expect(fetch.mock.calls[0][0]).toContain('tag=c%2B%2B+%26+rust');
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'GET' });
  });

  it('leaves unset and empty filters out of the query', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse(200, { decisions: [], total: 0 }),
    );

    await client.listDecisions();
    await client.listDecisions({ status: [], q: '', entityRef: undefined });
    await client.getGraph();
    await client.getProblems();

    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${BASE}/decisions`,
      `${BASE}/decisions`,
      `${BASE}/graph`,
      `${BASE}/problems`,
    ]);
  });

  it('asks for the graph around a decision and the problems of an entity', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, {}));

    await client.getGraph({
      decision: 'component:default/docs/0005-central-argocd',
      depth: 2,
    });
    await client.getProblems({ entityRef: 'component:default/svc-ledger' });
    await client.getReviewQueue();

    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${BASE}/graph?decision=component%3Adefault%2Fdocs%2F0005-central-argocd&depth=2`,
      `${BASE}/problems?entityRef=component%3Adefault%2Fsvc-ledger`,
      `${BASE}/review`,
    ]);
  });

  it('encodes each segment of a decision address', async () => {
    const { client, fetch } = clientAnswering(() => jsonResponse(200, {}));

    await client.getDecision({
      kind: 'component',
      namespace: 'default',
      name: 'docs',
      slug: '../../admin?x=1#y',
    });

    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/decisions/component/default/docs/..%2F..%2Fadmin%3Fx%3D1%23y`,
    );
  });

  it('posts a refresh and a new record as JSON', async () => {
    const { client, fetch } = clientAnswering(() =>
      jsonResponse(200, { entityRef: 'x', decisions: 3, problems: [] }),
    );

    const result = await client.refresh('component:default/svc-ledger');
    await client.createRecord({
      entityRef: 'component:default/svc-ledger',
      title: 'Use Kafka',
      context: 'We need events.',
      decision: 'Kafka.',
    });

    expect(result.decisions).toBe(3);
    expect(fetch.mock.calls[0][0]).toBe(`${BASE}/refresh`);
    expect(fetch.mock.calls[0][1]).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entityRef: 'component:default/svc-ledger' }),
    });
    expect(fetch.mock.calls[1][0]).toBe(`${BASE}/records`);
    expect(JSON.parse(String(fetch.mock.calls[1][1]?.body))).toMatchObject({
      title: 'Use Kafka',
    });
  });

  it("throws the backend's own message with its status", async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(400, {
        error: { name: 'InputError', message: "status: unknown status 'done'" },
      }),
    );

    const failure = client.listDecisions({ q: 'x' });

    await expect(failure).rejects.toThrow("status: unknown status 'done'");
    await expect(failure).rejects.toMatchObject({
      statusCode: 400,
      errorName: 'InputError',
    });
  });

  it('recognises a refusal and a missing decision', async () => {
    const refused = clientAnswering(() =>
      jsonResponse(403, {
        error: { name: 'NotAllowedError', message: 'Unauthorized' },
      }),
    );
    const missing = clientAnswering(() =>
      jsonResponse(404, {
        error: { name: 'NotFoundError', message: 'No such decision' },
      }),
    );

    const refusal = await refused.client
      .refresh('component:default/x')
      .catch(e => e);
    const absence = await missing.client
      .getDecision({
        kind: 'component',
        namespace: 'default',
        name: 'x',
        slug: 'y',
      })
      .catch(e => e);

    expect(isForbidden(refusal)).toBe(true);
    expect(isNotFound(refusal)).toBe(false);
    expect(isNotFound(absence)).toBe(true);
    expect(absence.message).toBe('No such decision');
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    const { client } = clientAnswering(
      () =>
        new Response('<html>bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
    );

    const error = await client.getReviewQueue().catch(e => e);

    expect(error).toBeInstanceOf(AdrApiError);
    expect(error.message).toBe(
      'The decision log backend answered 502 Bad Gateway',
    );
  });
});
