import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  argo,
  DOCS,
  ids,
  kafka,
  ledger,
  LEDGER,
  seeded as seededOn,
  source,
  undated,
} from '../../__testUtils__/decisionStoreFixtures';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const seeded = (databaseId: TestDatabaseId) => seededOn(databases, databaseId);

describe.each(databases.eachSupportedId())(
  'DatabaseDecisionStore.query on %s',
  databaseId => {
    it('orders by date, newest first and undated last, and counts before paging', async () => {
      const { store } = await seeded(databaseId);
      const all = await store.query({});
      expect(ids(all)).toEqual([argo.id, ledger.id, kafka.id, undated.id]);
      expect(all.total).toBe(4);
      const page = await store.query({ limit: 2, offset: 1 });
      expect(ids(page)).toEqual([ledger.id, kafka.id]);
      expect(page.total).toBe(4);
      expect(ids(await store.query({ offset: 10 }))).toEqual([]);
    });

    it('orders by number per entity', async () => {
      const { store } = await seeded(databaseId);
      expect(ids(await store.query({ order: 'number' }))).toEqual([
        kafka.id,
        argo.id,
        undated.id,
        ledger.id,
      ]);
    });

    it('adds the plain text only when asked', async () => {
      const { store } = await seeded(databaseId);
      const [plain] = (await store.query({ entityRef: LEDGER })).decisions;
      expect(plain).not.toHaveProperty('text');
      expect(plain).not.toHaveProperty('body');
      const [withText] = (
        await store.query({ entityRef: LEDGER, include: 'text' })
      ).decisions;
      expect(withText.text).toBe('Every movement is two entries.');
    });

    it.each([
      ['statuses', { status: ['proposed', 'superseded'] }, [argo, undated]],
      [
        'a date range',
        { from: '2026-02-01', to: '2026-03-02' },
        [argo, ledger],
      ],
      ['a start date', { from: '2026-02-21' }, [argo]],
      ['a system, in any case', { system: 'System:default/LOYALTY' }, [ledger]],
      [
        'an owner',
        { owner: 'group:default/platform-team' },
        [argo, kafka, undated],
      ],
      ['an entity', { entityRef: 'Component:Default/svc-ledger' }, [ledger]],
      [
        'a decision-maker in any case',
        { decisionMaker: 'MARC LEFÈVRE' },
        [argo, kafka],
      ],
      ['a whole decision-maker only', { decisionMaker: 'Ann' }, []],
      ['a tag in any case', { tag: 'Audit' }, [ledger, kafka]],
      ['words in the text', { q: 'ARGO instance' }, [argo]],
      ['words in the title and the text', { q: 'kafka durable' }, []],
      ['words spread over title and text', { q: 'naming svc_' }, [undated]],
      ['a percent sign literally', { q: '100%' }, [kafka]],
      ['an underscore literally', { q: 'svc_' }, [undated]],
      ['the escape character literally', { q: 'events!' }, []],
      [
        'everything at once',
        {
          status: ['accepted'],
          tag: 'audit',
          q: 'kafka',
          decisionMaker: 'platform-team',
        },
        [kafka],
      ],
    ])('filters by %s', async (_, query, expected) => {
      const { store } = await seeded(databaseId);
      expect(ids(await store.query(query as any))).toEqual(
        expected.map(d => d.id),
      );
    });

    it('treats hostile text as text', async () => {
      const { store } = await seeded(databaseId);
      for (const q of [
        "' or 1=1 --",
        '\\',
        '%%%',
        '"; drop table adr_decisions; --',
      ]) {
        expect(await store.query({ q })).toMatchObject({ total: 0 });
      }
      expect(await store.query({ tag: "' or '1'='1" })).toMatchObject({
        total: 0,
      });
      expect((await store.query({})).total).toBe(4);
    });

    it('bounds the page size', async () => {
      const { store } = await seeded(databaseId);
      expect(ids(await store.query({ limit: 0 }))).toHaveLength(1);
      expect(ids(await store.query({ limit: 10_000 }))).toHaveLength(4);
    });

    it('counts facets over the other filters', async () => {
      const { store } = await seeded(databaseId);
      const { facets } = await store.query({ status: ['accepted'] });
      expect(facets.statuses).toEqual([
        { value: 'accepted', count: 2 },
        { value: 'proposed', count: 1 },
        { value: 'superseded', count: 1 },
      ]);
      expect(facets.systems).toEqual([
        { value: 'system:default/localplus-platform', count: 1 },
        { value: 'system:default/loyalty', count: 1 },
      ]);
      expect(facets.entities).toEqual([
        { value: DOCS, count: 1 },
        { value: LEDGER, count: 1 },
      ]);
      expect(facets.owners).toHaveLength(2);
      expect(facets.decisionMakers).toEqual([
        { value: 'Lucas Bernard', count: 1 },
        { value: 'Marc Lefèvre', count: 1 },
        { value: 'platform-team', count: 1 },
      ]);
      const { facets: all } = await store.query({});
      expect(all.tags).toEqual([
        { value: 'AUDIT', count: 2 },
        { value: 'Messaging', count: 1 },
        { value: 'deployment', count: 1 },
      ]);
      expect(all.decisionMakers[0]).toEqual({
        value: 'Marc Lefèvre',
        count: 2,
      });
    });

    it('counts again once another replica changed the index', async () => {
      const { knex, store } = await seeded(databaseId);
      // The second replica: another store on the same database.
      const other = new DatabaseDecisionStore(knex);
      expect((await store.query({ tag: 'audit' })).total).toBe(2);

      await other.replaceEntity(LEDGER, [], source('x'));
      const replaced = await store.query({ tag: 'audit' });
      expect(replaced.total).toBe(1);
      expect(replaced.facets.entities).toEqual([{ value: DOCS, count: 1 }]);

      await other.updateLinks([{ id: argo.id, links: [] }]);
      expect((await store.query({ tag: 'audit' })).total).toBe(1);

      expect(await other.removeEntities([DOCS])).toBe(3);
      const emptied = await store.query({ tag: 'audit' });
      expect(emptied.total).toBe(0);
      expect(emptied.facets.tags).toEqual([]);
    });

    it('reads only the page and the revision once the counts of its filters are kept', async () => {
      const { knex, store } = await seeded(databaseId);
      const statements: string[] = [];
      const record = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', record);
      try {
        const first = await store.query({ tag: 'Audit', limit: 1 });
        // The page, the revision, the total and one count per facet.
        expect(statements).toHaveLength(9);

        statements.length = 0;
        // The same filters written otherwise, another page.
        const next = await store.query({ tag: ' audit ', offset: 1 });
        expect(statements).toHaveLength(2);
        expect(next.total).toBe(first.total);
        expect(next.facets).toEqual(first.facets);
        expect(ids(next)).toEqual([kafka.id]);

        statements.length = 0;
        const other = await store.query({ tag: 'deployment' });
        expect(statements).toHaveLength(9);
        expect(other.total).toBe(1);
      } finally {
        knex.removeListener('query', record);
      }
    });
  },
);
