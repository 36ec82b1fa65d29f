import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  AccessAuditPage,
  AccessExplanation,
  AccessMatrix,
} from '@localplus/plugin-access-common';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import request from 'supertest';
import {
  startAccessTestBackend,
  waitForStitchedOrg,
} from './__testUtils__/accessTestBackend';

jest.setTimeout(120_000);

const as = (user: string) =>
  mockCredentials.user.header(`user:default/${user}`);

/** Polls until `read` returns something, or fails after `timeoutMs`. */
async function eventually<T>(
  read: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

describe('the Access backend, with the real catalog and policy', () => {
  let started: Awaited<ReturnType<typeof startAccessTestBackend>>;
  const server = () => started.backend.server;

  const auditTrail = async (query: string, user = 'aude') => {
    const response = await request(server())
      .get(`/api/access/audit?${query}`)
      .set('Authorization', as(user));
    expect(response.status).toBe(200);
    return (response.body as AccessAuditPage).events;
  };

  /** The newest audit events matching the query, once `count` are there. */
  const waitForAudit = (query: string, count = 1) =>
    eventually(async () => {
      const events = await auditTrail(query);
      return events.length >= count ? events : undefined;
    }, `audit events for ${query}`);

  beforeAll(async () => {
    started = await startAccessTestBackend({
      matrixPlugins: ['catalog', 'access', 'no-such-plugin'],
    });
    await waitForStitchedOrg(server());
  });

  afterAll(async () => {
    await started?.stop();
  });

  it('refuses callers without credentials and people the policy does not allow', async () => {
    const anonymous = await request(server()).get('/api/access/audit');
    expect(anonymous.status).toBe(401);
    const developer = await request(server())
      .get('/api/access/audit')
      .set('Authorization', as('dana'));
    expect(developer.status).toBe(403);
    const roles = await request(server())
      .get('/api/access/roles')
      .set('Authorization', as('dana'));
    expect(roles.status).toBe(403);
  });

  it('stores an event published on the decision topic and serves it', async () => {
    await started.handles.events!.publish({
      topic: ACCESS_DECISION_TOPIC,
      eventPayload: {
        at: '2026-12-04T09:00:00.000Z',
        actor: 'user:default/published-by-test',
        action: 'catalog.entity.delete',
        outcome: 'denied',
        ruleId: 'default-deny',
        source: 'policy',
        pluginId: 'catalog',
      },
    });
    const [event] = await waitForAudit('actor=user:default/published-by-test');
    expect(event).toEqual({
      id: expect.any(String),
      at: '2026-12-04T09:00:00.000Z',
      actor: 'user:default/published-by-test',
      action: 'catalog.entity.delete',
      outcome: 'denied',
      ruleId: 'default-deny',
      source: 'policy',
      pluginId: 'catalog',
    });
  });

  it('drops a malformed event and keeps the next one', async () => {
    const events = started.handles.events!;
    await events.publish({
      topic: ACCESS_DECISION_TOPIC,
      eventPayload: {
        actor: 'user:default/forger',
        action: 'x',
        drop: 'table',
      },
    });
    await events.publish({
      topic: ACCESS_DECISION_TOPIC,
      eventPayload: {
        at: '2026-12-04T09:00:01.000Z',
        actor: 'user:default/after-forger',
        action: 'scaffolder.task.create',
        outcome: 'allowed',
        source: 'policy',
      },
    });
    await waitForAudit('actor=user:default/after-forger');
    expect(await auditTrail('actor=user:default/forger')).toEqual([]);
  });

  it('keeps completed changes from the auditor, and leaves reads in the logs', async () => {
    const { auditor } = started.handles;
    const read = await auditor!.createEvent({ eventId: 'entity-fetch' });
    await read.success();
    const change = await auditor!.createEvent({
      eventId: 'entity-mutate',
      severityLevel: 'medium',
      meta: { actionType: 'delete', entityRef: 'component:default/svc-b' },
    });
    await change.fail({ error: new Error('the database went away') });

    const [failed] = await waitForAudit('action=entity-mutate&outcome=failed');
    expect(failed).toMatchObject({
      actor: 'plugin:audit-test',
      resourceRef: 'component:default/svc-b',
      source: 'auditor',
      pluginId: 'audit-test',
      detail:
        'actionType=delete; entityRef=component:default/svc-b; error: the database went away',
    });
    expect(await auditTrail('action=entity-fetch')).toEqual([]);
    // One row for the change: its "initiated" step is not kept.
    expect(
      await auditTrail('action=entity-mutate&actor=plugin:audit-test'),
    ).toHaveLength(1);
  });

  it('records a platform engineer unregistering an entity', async () => {
    const entity = await request(server())
      .get('/api/catalog/entities/by-name/component/default/svc-platform')
      .set('Authorization', as('pat'));
    expect(entity.status).toBe(200);

    const removed = await request(server())
      .delete(`/api/catalog/entities/by-uid/${entity.body.metadata.uid}`)
      .set('Authorization', as('pat'));
    expect(removed.status).toBe(204);

    // The change itself, from the catalog's auditor: the policy publishes
    // refusals only, a grant being no proof that anything happened.
    const [change] = await waitForAudit(
      'actor=user:default/pat&action=entity-mutate',
    );
    expect(change).toMatchObject({
      source: 'auditor',
      outcome: 'succeeded',
      pluginId: 'catalog',
      detail: expect.stringContaining(
        `DELETE /api/catalog/entities/by-uid/${entity.body.metadata.uid}`,
      ),
    });
  });

  it('records what an auditor was refused: an unregister and a registration', async () => {
    const entity = await request(server())
      .get('/api/catalog/entities/by-name/component/default/svc-a')
      .set('Authorization', as('aude'));
    expect(entity.status).toBe(200);

    const refused = await request(server())
      .delete(`/api/catalog/entities/by-uid/${entity.body.metadata.uid}`)
      .set('Authorization', as('aude'));
    expect(refused.status).toBe(403);
    const still = await request(server())
      .get('/api/catalog/entities/by-name/component/default/svc-a')
      .set('Authorization', as('aude'));
    expect(still.status).toBe(200);

    const registration = await request(server())
      .post('/api/catalog/locations')
      .send({ type: 'url', target: 'https://example.com/catalog-info.yaml' })
      .set('Authorization', as('aude'));
    expect(registration.status).toBe(403);

    // The refused unregister from the catalog's auditor; the refused
    // registration from the policy too (no rule grants it to auditors).
    const events = await waitForAudit('actor=user:default/aude', 3);
    expect(events.map(e => [e.source, e.action, e.outcome])).toEqual(
      expect.arrayContaining([
        ['auditor', 'entity-mutate', 'failed'],
        ['auditor', 'location-mutate', 'failed'],
        ['policy', 'catalog.location.create', 'denied'],
      ]),
    );
    expect(
      events.find(e => e.action === 'catalog.location.create')?.ruleId,
    ).toBe('default-deny');
  });

  it('explains to an auditor why they may not unregister an entity', async () => {
    const response = await request(server())
      .get('/api/access/explain')
      .query({
        user: 'user:default/aude',
        permission: 'catalog.entity.delete',
        resourceRef: 'component:default/svc-a',
      })
      .set('Authorization', as('aude'));
    expect(response.status).toBe(200);
    expect(response.body as AccessExplanation).toMatchObject({
      allowed: false,
      permission: { name: 'catalog.entity.delete' },
    });
  });

  it('reads the permissions for the matrix from the running plugins, naming the one that failed', async () => {
    const response = await request(server())
      .get('/api/access/matrix')
      .set('Authorization', as('sam'));
    expect(response.status).toBe(200);
    const matrix = response.body as AccessMatrix;
    const plugins = new Set(matrix.permissions.map(p => p.pluginId));
    expect([...plugins].sort()).toEqual(['access', 'catalog']);
    expect(matrix.permissions.map(p => p.name)).toEqual(
      expect.arrayContaining(['catalog.entity.delete', 'access.audit.read']),
    );
    expect(matrix.unavailablePlugins).toEqual([
      { pluginId: 'no-such-plugin', error: expect.stringContaining('404') },
    ]);
  });
});
