import { mockCredentials } from '@backstage/backend-test-utils';
import fs from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { fakeRecord } from './__testUtils__/fakeDecisionParser';
import {
  DOCS,
  LEDGER,
  MARC,
  PLAIN,
  startAdrBackend,
} from './__testUtils__/startAdrBackend';

jest.setTimeout(60_000);

const KAFKA = `${DOCS}/0001-use-kafka`;
const ARGO = `${DOCS}/0002-central-argocd`;
const OLD_QUEUE = `${DOCS}/0003-old-queue`;
const DOUBLE_ENTRY = `${LEDGER}/0001-double-entry`;

describe('the ADR backend', () => {
  let harness: Awaited<ReturnType<typeof startAdrBackend>>;
  const asMarc = mockCredentials.user.header(MARC);

  beforeAll(async () => {
    harness = await startAdrBackend();
  });

  afterAll(() => harness?.stop());

  const get = (url: string, authorization = asMarc) =>
    request(harness.server)
      .get(`/api/adr${url}`)
      .set('Authorization', authorization);
  const post = (url: string, body: object, authorization = asMarc) =>
    request(harness.server)
      .post(`/api/adr${url}`)
      .set('Authorization', authorization)
      .send(body);
  const ids = (response: request.Response) =>
    response.body.decisions.map((d: { id: string }) => d.id);

  describe('GET /decisions', () => {
    it('lists the indexed decisions newest first, with the total and the facets', async () => {
      const response = await get('/decisions');
      expect(response.status).toBe(200);
      expect(ids(response)).toEqual([ARGO, DOUBLE_ENTRY, KAFKA, OLD_QUEUE]);
      expect(response.body.total).toBe(4);
      expect(response.body.decisions[0]).toMatchObject({
        id: ARGO,
        entityRef: DOCS,
        fileName: '0002-central-argocd.md',
        location: './adr/0002-central-argocd.md',
        title: 'Central Argo CD',
        status: 'proposed',
        system: 'system:default/localplus-platform',
        owner: 'group:default/platform-team',
      });
      expect(response.body.decisions[0]).not.toHaveProperty('body');
      expect(response.body.facets.tags).toEqual([
        { value: 'Audit', count: 2 },
        { value: 'messaging', count: 1 },
      ]);
      expect(response.body.facets.systems).toEqual([
        { value: 'system:default/localplus-platform', count: 3 },
        { value: 'system:default/loyalty', count: 1 },
      ]);
    });

    it('applies the filters, the order and the page', async () => {
      expect(
        ids(await get('/decisions?status=accepted,superseded&order=number')),
      ).toEqual([KAFKA, OLD_QUEUE, DOUBLE_ENTRY]);
      expect(
        ids(await get('/decisions?from=2026-01-01&to=2026-02-28')),
      ).toEqual([DOUBLE_ENTRY, KAFKA]);
      expect(
        ids(
          await get('/decisions?tag=AUDIT&decisionMaker=marc%20lef%C3%A8vre'),
        ),
      ).toEqual([KAFKA]);
      expect(ids(await get('/decisions?q=argo%20CLUSTER'))).toEqual([ARGO]);
      expect(
        ids(await get(`/decisions?system=system:default/loyalty`)),
      ).toEqual([DOUBLE_ENTRY]);
      expect(
        ids(
          await get(
            `/decisions?owner=group:default/platform-team&entityRef=${DOCS}`,
          ),
        ),
      ).toHaveLength(3);
      const page = await get('/decisions?limit=1&offset=1');
      expect(ids(page)).toEqual([DOUBLE_ENTRY]);
      expect(page.body.total).toBe(4);
    });

    it('adds the plain text for the search collator when asked', async () => {
      const response = await get(`/decisions?include=text&entityRef=${LEDGER}`);
      expect(response.body.decisions[0].text).toContain('Some context.');
    });
  });

  describe('GET /decisions/:kind/:namespace/:name/:slug', () => {
    it('answers one decision with its markdown', async () => {
      const response = await get(
        '/decisions/component/default/docs/0001-use-kafka',
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: KAFKA,
        title: 'Use Kafka for audit events',
        decisionMakers: ['Marc Lefèvre'],
        tags: ['messaging', 'audit'],
        reviewBy: '2026-06-01',
      });
      expect(response.body.body).toContain(
        'We stream every audit event through Kafka.',
      );
    });

    it('finds it whatever the case of the entity part, and 404s an unknown one', async () => {
      expect(
        (await get('/decisions/Component/Default/DOCS/0001-use-kafka')).status,
      ).toBe(200);
      const missing = await get(
        '/decisions/component/default/docs/0099-nothing',
      );
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toBe(
        `No decision ${DOCS}/0099-nothing`,
      );
    });
  });

  describe('GET /graph', () => {
    it('draws the whole log with its edges and warnings', async () => {
      const response = await get('/graph');
      expect(response.status).toBe(200);
      expect(
        response.body.nodes.map((n: { id: string }) => n.id).sort(),
      ).toEqual([ARGO, DOUBLE_ENTRY, KAFKA, OLD_QUEUE].sort());
      expect(response.body.edges).toEqual([
        { from: ARGO, to: KAFKA, kind: 'relates-to' },
      ]);
      expect(response.body.warnings).toContainEqual({
        type: 'superseded-without-link',
        decision: OLD_QUEUE,
      });
    });

    it('draws the neighbourhood of one decision, and 404s an unknown one', async () => {
      const around = await get(
        `/graph?decision=${encodeURIComponent(KAFKA)}&depth=1`,
      );
      expect(around.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
        [ARGO, KAFKA].sort(),
      );
      const missing = await get(
        `/graph?decision=${encodeURIComponent(`${DOCS}/0099-x`)}`,
      );
      expect(missing.status).toBe(404);
    });
  });

  describe('GET /problems', () => {
    it('lists the files that could not be parsed, per entity when asked', async () => {
      const all = await get('/problems');
      expect(all.body).toEqual({
        problems: [
          {
            entityRef: DOCS,
            location: './adr/notes-without-title.md',
            fileName: 'notes-without-title.md',
            message: expect.stringContaining('No title line'),
          },
        ],
      });
      expect((await get(`/problems?entityRef=${LEDGER}`)).body).toEqual({
        problems: [],
      });
    });
  });

  describe('GET /review', () => {
    it('puts first what names the caller or their group, and lists what is past its review date', async () => {
      const response = await get('/review');
      expect(response.status).toBe(200);
      expect(
        response.body.awaitingYou.map((d: { id: string }) => d.id),
      ).toEqual([]);
      expect(response.body.proposed.map((d: { id: string }) => d.id)).toEqual([
        ARGO,
      ]);
      expect(response.body.due.map((d: { id: string }) => d.id)).toEqual([
        KAFKA,
      ]);
      expect(response.body.pullRequests).toEqual([]);
      expect(response.body.pullRequestProblems).toEqual([]);
    });
  });

  describe('POST /refresh', () => {
    it('reads one entity again at once, and audits it', async () => {
      const folder = harness.folderOf('svc-ledger');
      await fs.writeFile(
        path.join(folder, '0002-idempotent-postings.md'),
        fakeRecord('Idempotent postings', {
          status: 'proposed',
          deciders: 'Marc Lefèvre',
        }),
      );
      harness.auditor.createEvent.mockClear();
      const response = await post('/refresh', {
        entityRef: 'Component:default/svc-ledger',
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        entityRef: LEDGER,
        decisions: 2,
        problems: [],
      });
      expect(harness.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'adr-index-refresh',
          severityLevel: 'low',
        }),
      );
      const event = await harness.auditor.createEvent.mock.results[0].value;
      expect(event.success).toHaveBeenCalledWith({
        meta: { entityRef: LEDGER, decisions: 2, problems: 0 },
      });

      const review = await get('/review');
      expect(review.body.awaitingYou.map((d: { id: string }) => d.id)).toEqual([
        `${LEDGER}/0002-idempotent-postings`,
      ]);
    });

    it('answers 404 for an entity the catalog does not know', async () => {
      const response = await post('/refresh', {
        entityRef: 'component:default/ghost',
      });
      expect(response.status).toBe(404);
      const event = await harness.auditor.createEvent.mock.results.at(-1)!
        .value;
      expect(event.fail).toHaveBeenCalled();
    });

    it('empties an entity without a folder', async () => {
      const response = await post('/refresh', { entityRef: PLAIN });
      expect(response.body).toEqual({
        entityRef: PLAIN,
        decisions: 0,
        problems: [],
      });
    });
  });

  describe('POST /records', () => {
    const record = {
      entityRef: DOCS,
      title: 'Adopt OpenSLO',
      context: 'We need one format for objectives.',
      decision: 'We adopt OpenSLO v1.',
      decisionMakers: ['Marc Lefèvre'],
      tags: ['slo'],
    };

    it('writes the record to the development repository and indexes it at once', async () => {
      harness.auditor.createEvent.mockClear();
      const response = await post('/records', record);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        decisionId: `${DOCS}/0004-adopt-openslo`,
        number: 4,
        fileName: '0004-adopt-openslo.md',
        target: 'local',
      });
      const indexed = await get(
        '/decisions/component/default/docs/0004-adopt-openslo',
      );
      expect(indexed.status).toBe(200);
      expect(indexed.body).toMatchObject({
        title: 'Adopt OpenSLO',
        localDraft: true,
      });
      expect(harness.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'adr-record-create',
          severityLevel: 'medium',
        }),
      );
      const event = await harness.auditor.createEvent.mock.results[0].value;
      expect(event.success).toHaveBeenCalledWith({
        meta: expect.objectContaining({
          entityRef: DOCS,
          decisionId: `${DOCS}/0004-adopt-openslo`,
          target: 'local',
        }),
      });
    });

    it('answers 404 for an unknown entity and 400 for one without a folder, writing nothing', async () => {
      const before = (await get('/decisions')).body.total;
      const unknown = await post('/records', {
        ...record,
        entityRef: 'component:default/ghost',
      });
      expect(unknown.status).toBe(404);
      const noFolder = await post('/records', { ...record, entityRef: PLAIN });
      expect(noFolder.status).toBe(400);
      expect(noFolder.body.error.message).toContain(
        'has no backstage.io/adr-location annotation',
      );
      expect((await get('/decisions')).body.total).toBe(before);
    });
  });
});
