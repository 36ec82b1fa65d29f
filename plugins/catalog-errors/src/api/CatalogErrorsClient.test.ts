import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/frontend-test-utils';
import {
  failedAnswer,
  pendingAnswer,
} from '../__fixtures__/unprocessedAnswers';
import { CatalogErrorsClient } from './CatalogErrorsClient';

const BASE = 'http://backend/api/catalog/entities/unprocessed';

function jsonResponse(body: unknown, status = 200, statusText = '') {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'Content-Type': 'application/json' },
  });
}

function clientAnswering(answers: Record<string, () => Response>) {
  const fetch = jest.fn(async (url: string) => {
    const answer = answers[url];
    if (!answer) {
      throw new Error(`unexpected request ${url}`);
    }
    return answer();
  });
  const client = new CatalogErrorsClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://backend' }),
    fetchApi: mockApis.fetch({ baseImplementation: fetch as any }),
  });
  return { client, fetch };
}

describe('CatalogErrorsClient', () => {
  it('merges the failed and pending lists into one list sorted by ref', async () => {
    const { client, fetch } = clientAnswering({
      [`${BASE}/failed`]: () => jsonResponse(failedAnswer),
      [`${BASE}/pending`]: () => jsonResponse(pendingAnswer),
    });

    const entities = await client.listHeldBackEntities();

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(entities).toEqual([
      {
        id: 'id-payments-demo',
        // Computed from the entity: the pending list answers null.
        entityRef: 'component:default/payments-demo',
        kind: 'Component',
        owner: 'qa-team',
        location: 'file:/work/main/demo/tier-violations.yaml',
        reason: 'pending',
        errors: [
          {
            name: 'InputError',
            message: expect.stringMatching(
              /^Tier model: .* must be owned by one of group:default\/team-loyalty/,
            ),
          },
          {
            name: 'InputError',
            message: expect.stringMatching(/lacks the annotations/),
          },
        ],
        lastDiscoveryAt: '2025-01-01T09:30:00.000Z',
        unprocessedEntity: pendingAnswer.entities[0].unprocessed_entity,
      },
      {
        id: 'id-rogue',
        entityRef: 'component:default/svc-rogue',
        kind: 'Component',
        owner: 'team-loyalty',
        location:
          'url:https://github.com/localplus/svc-rogue/blob/main/catalog-info.yaml',
        reason: 'failed',
        errors: [
          {
            name: 'InputError',
            message: expect.stringMatching(/declares tier T9/),
          },
        ],
        lastDiscoveryAt: '2025-01-01T09:00:00.000Z',
        unprocessedEntity: failedAnswer.entities[0].unprocessed_entity,
      },
    ]);
  });

  it('computes the ref in the default namespace when the entity has none', async () => {
    const { client } = clientAnswering({
      [`${BASE}/failed`]: () => jsonResponse({ entities: [] }),
      [`${BASE}/pending`]: () =>
        jsonResponse({
          entities: [
            {
              entity_ref: null,
              unprocessed_entity: { kind: 'API', metadata: { name: 'ledger' } },
            },
          ],
        }),
    });

    const [entity] = await client.listHeldBackEntities();

    expect(entity.entityRef).toBe('api:default/ledger');
    expect(entity.id).toBe('api:default/ledger');
  });

  it('keeps what it knows of malformed rows and skips rows that are not objects', async () => {
    const { client } = clientAnswering({
      [`${BASE}/failed`]: () =>
        jsonResponse({
          entities: [
            null,
            'not a row',
            { entity_id: 'id-bare' },
            {
              unprocessed_entity: { kind: 'Component', metadata: 'broken' },
              errors: [
                'a bare string',
                { message: 'Wrapped', cause: { message: 'the real reason' } },
                42,
                {},
              ],
              last_discovery_at: 'not a date',
            },
          ],
        }),
      [`${BASE}/pending`]: () => jsonResponse({}),
    });

    const entities = await client.listHeldBackEntities();

    expect(entities).toEqual([
      {
        id: 'id-bare',
        entityRef: undefined,
        kind: undefined,
        owner: undefined,
        location: undefined,
        reason: 'failed',
        errors: [],
        lastDiscoveryAt: undefined,
        unprocessedEntity: undefined,
      },
      {
        id: 'failed:3',
        entityRef: undefined,
        kind: 'Component',
        owner: undefined,
        location: undefined,
        reason: 'failed',
        errors: [
          { name: 'Error', message: 'a bare string' },
          { name: 'Error', message: 'Wrapped: the real reason' },
          { name: 'Error', message: '(no message)' },
        ],
        lastDiscoveryAt: undefined,
        unprocessedEntity: { kind: 'Component', metadata: 'broken' },
      },
    ]);
  });

  it('keeps an entity listed in both lists once', async () => {
    const { client } = clientAnswering({
      [`${BASE}/failed`]: () => jsonResponse(failedAnswer),
      [`${BASE}/pending`]: () => jsonResponse(failedAnswer),
    });

    const entities = await client.listHeldBackEntities();

    expect(entities.map(entity => [entity.entityRef, entity.reason])).toEqual([
      ['component:default/svc-rogue', 'failed'],
    ]);
  });

  it('throws a response error when a list cannot be read', async () => {
    const { client } = clientAnswering({
      [`${BASE}/failed`]: () => jsonResponse(failedAnswer),
      [`${BASE}/pending`]: () =>
        // The body the catalog backend's error handler sends.
        jsonResponse(
          {
            error: { name: 'NotAllowedError', message: 'Unauthorized' },
            request: { method: 'GET', url: '/entities/unprocessed/pending' },
            response: { statusCode: 403 },
          },
          403,
          'Forbidden',
        ),
    });

    const error = await client.listHeldBackEntities().catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.message).toBe('Request failed with 403 Forbidden');
    expect(error.cause.message).toBe('Unauthorized');
  });
});
