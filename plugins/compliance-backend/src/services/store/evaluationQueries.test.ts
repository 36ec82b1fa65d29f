import { TestDatabases } from '@backstage/backend-test-utils';
import {
  createTestStores,
  DECEMBER,
  finished,
  storeRun,
} from './__testUtils__/testStores';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

describe.each(databases.eachSupportedId())(
  'DatabaseComplianceStore evaluations on %s',
  databaseId => {
    it('answers evaluation queries: filters, the latest run and history counts', async () => {
      const { store } = await testStore(databaseId);
      const LEDGER = 'component:default/svc-ledger';
      const POINTS = 'component:default/svc-points';
      await storeRun(store, finished('nov', '2026-11-30T00:00:00.000Z'), [
        { status: 'not-satisfied' },
        { subject: POINTS, entityRef: POINTS, status: 'satisfied' },
      ]);
      await storeRun(store, finished('d1', '2026-12-01T00:00:00.000Z'), [
        { status: 'satisfied' },
        { subject: POINTS, entityRef: POINTS, status: 'error' },
        {
          controlId: 'eu-residency',
          subject: 'cluster:eks-prod',
          entityRef: undefined,
          status: 'satisfied',
        },
      ]);
      await storeRun(
        store,
        finished('d2', '2026-12-02T00:00:00.000Z', { status: 'failed' }),
        [],
      );
      await store.createRun({
        id: 'running',
        trigger: 'schedule',
        startedAt: '2026-12-03T00:00:00.000Z',
      });

      const all = await store.listEvaluations({ period: DECEMBER });
      expect(all.map(e => [e.runId, e.controlId, e.subject])).toEqual([
        ['d1', 'catalog-ownership', LEDGER],
        ['d1', 'catalog-ownership', POINTS],
        ['d1', 'eu-residency', 'cluster:eks-prod'],
      ]);
      expect(all[2].entityRef).toBeUndefined();

      // The latest succeeded run before the end, even before the period's start.
      const latestNov = await store.listEvaluations({
        period: {
          from: '2026-11-30T12:00:00.000Z',
          to: '2026-12-01T00:00:30.000Z',
        },
        latestOnly: true,
      });
      expect(latestNov.map(e => e.runId)).toEqual(['nov', 'nov']);
      const failing = await store.listEvaluations({
        period: DECEMBER,
        latestOnly: true,
        entityRefs: ['Component:Default/SVC-Points', LEDGER],
        statuses: ['not-satisfied', 'error'],
      });
      expect(failing.map(e => [e.runId, e.subject, e.status])).toEqual([
        ['d1', POINTS, 'error'],
      ]);
      expect(
        await store.listEvaluations({ period: DECEMBER, entityRefs: [] }),
      ).toEqual([]);
      expect(
        (
          await store.listEvaluations({ period: DECEMBER, limit: 1, offset: 1 })
        ).map(e => e.subject),
      ).toEqual([POINTS]);
      const manyRefs = Array.from(
        { length: 1200 },
        (_, i) => `component:default/x-${i}`,
      ).concat([POINTS]);
      expect(
        (
          await store.listEvaluations({
            period: DECEMBER,
            entityRefs: manyRefs,
          })
        ).map(e => e.subject),
      ).toEqual([POINTS]);

      const history = await store.listControlHistory({
        period: DECEMBER,
        controlIds: ['catalog-ownership'],
        includePrevious: true,
      });
      expect(history).toEqual([
        {
          runId: 'nov',
          controlId: 'catalog-ownership',
          evaluatedAt: '2026-11-30T00:01:00.000Z',
          counts: {
            satisfied: 1,
            'not-satisfied': 1,
            'not-applicable': 0,
            error: 0,
          },
        },
        {
          runId: 'd1',
          controlId: 'catalog-ownership',
          evaluatedAt: '2026-12-01T00:01:00.000Z',
          counts: {
            satisfied: 1,
            'not-satisfied': 0,
            'not-applicable': 0,
            error: 1,
          },
        },
      ]);
      const forPoints = await store.listControlHistory({
        period: DECEMBER,
        entityRefs: [POINTS],
      });
      expect(forPoints.map(h => [h.runId, h.counts.error])).toEqual([
        ['d1', 1],
      ]);
    });

    it('reads a whole run along its key, a page after the last (control, subject)', async () => {
      const { store } = await testStore(databaseId);
      const subjects = Array.from(
        { length: 25 },
        (_, i) => `component:default/svc-${String(i).padStart(2, '0')}`,
      );
      await storeRun(
        store,
        finished('big', '2026-12-01T00:00:00.000Z'),
        ['catalog-ownership', 'eu-residency'].flatMap(controlId =>
          subjects.map(subject => ({ controlId, subject, entityRef: subject })),
        ),
      );
      await storeRun(store, finished('other', '2026-12-02T00:00:00.000Z'), [
        { subject: subjects[0] },
      ]);

      const read: string[] = [];
      let after: { controlId: string; subject: string } | undefined;
      for (;;) {
        const page = await store.readRunEvaluations({
          runId: 'big',
          after,
          limit: 7,
        });
        read.push(...page.map(e => `${e.controlId} ${e.subject}`));
        if (page.length < 7) break;
        const last = page[page.length - 1];
        after = { controlId: last.controlId, subject: last.subject };
      }

      expect(read).toEqual(
        ['catalog-ownership', 'eu-residency'].flatMap(controlId =>
          subjects.map(subject => `${controlId} ${subject}`),
        ),
      );
    });
  },
);
