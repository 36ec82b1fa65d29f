import { TestDatabases } from '@backstage/backend-test-utils';
import {
  canonicalJson,
  verifyLedgerRecords,
} from '@localplus/plugin-compliance-node';
import { evaluationsDigest } from './ledgerPayloads';
import { LEDGER_TABLE } from './tables';
import {
  createTestStores,
  DECEMBER,
  evaluation,
  finished,
  observation,
  storeRun,
} from './__testUtils__/testStores';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

describe.each(databases.eachSupportedId())(
  'DatabaseComplianceStore on %s',
  databaseId => {
    it('appends observations and the run record to a chain that verifies', async () => {
      const { store, knex } = await testStore(databaseId);
      await store.createRun({
        id: 'run-1',
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
        startedAt: '2026-12-01T00:00:00.000Z',
      });
      expect(await store.getRun('run-1')).toEqual({
        id: 'run-1',
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
        startedAt: '2026-12-01T00:00:00.000Z',
        status: 'running',
        observationCount: 0,
        collectorErrors: [],
      });

      const recorded = await store.recordObservations('run-1', [
        observation({ details: { tier: 'T1', nested: { ok: true, n: 1.5 } } }),
        observation({
          subject: 'component:default/svc-points',
          entityRef: undefined,
          result: 'fail',
          summary: 'No owner',
        }),
      ]);
      expect(recorded.map(o => [o.sequence, o.runId])).toEqual([
        [1, 'run-1'],
        [2, 'run-1'],
      ]);

      const run = finished('run-1', '2026-12-01T00:00:00.000Z', {
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
        observationCount: 2,
        collectorErrors: [{ collector: 'github', message: 'timed out' }],
      });
      const evaluations = [
        evaluation('run-1', run.finishedAt!, { observations: [1] }),
      ];
      await store.finishRun(run, evaluations);

      const ledger = await store.readLedger({ limit: 100 });
      expect(ledger.map(r => [r.sequence, r.kind])).toEqual([
        [1, 'observation'],
        [2, 'observation'],
        [3, 'run'],
      ]);
      expect(verifyLedgerRecords(ledger)).toEqual(
        expect.objectContaining({ ok: true, records: 3, headSequence: 3 }),
      );
      expect(ledger[0].hash).toBe(recorded[0].hash);
      expect(ledger[1].payload).toEqual({
        runId: 'run-1',
        check: 'catalog.owner',
        collector: 'catalog',
        subject: 'component:default/svc-points',
        result: 'fail',
        summary: 'No owner',
        method: 'examine',
        examined: recorded[1].examined,
        observedAt: '2026-12-01T00:00:00.000Z',
      });
      expect(ledger[2].payload).toEqual({
        runId: 'run-1',
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        status: 'succeeded',
        observationCount: 2,
        collectorErrors: [{ collector: 'github', message: 'timed out' }],
        evaluationCount: 1,
        evaluationsSha256: evaluationsDigest(evaluations),
      });
      // The stored text is the canonical JSON the hash covers.
      const [row] = await knex(LEDGER_TABLE).where('sequence', 1);
      expect(row.payload).toBe(canonicalJson(ledger[0].payload));
      expect(await store.getRun('run-1')).toEqual(run);
      expect(await store.ledgerHead()).toEqual({
        sequence: 3,
        hash: ledger[2].hash,
      });
      expect(await store.appendedLedgerHead()).toEqual({
        sequence: 3,
        hash: ledger[2].hash,
      });
    });

    it('records thousands of observations in one call and pages through them', async () => {
      const { store } = await testStore(databaseId);
      await store.createRun({
        id: 'big',
        trigger: 'schedule',
        startedAt: '2026-12-02T00:00:00.000Z',
      });
      const many = Array.from({ length: 2500 }, (_, i) =>
        observation({
          subject: `component:default/svc-${i}`,
          entityRef: `component:default/SVC-${i}`,
          check: i % 2 ? 'catalog.owner' : 'catalog.tier',
          result: i % 10 === 0 ? 'fail' : 'pass',
          observedAt: new Date(
            Date.parse('2026-12-02T00:00:00.000Z') + i * 1000,
          ).toISOString(),
        }),
      );
      const recorded = await store.recordObservations('big', many);
      expect(recorded[2499].sequence).toBe(2500);

      const page = await store.listObservations({
        period: DECEMBER,
        limit: 100,
        offset: 100,
      });
      expect(page.total).toBe(2500);
      expect(page.items.map(o => o.sequence)).toEqual(
        Array.from({ length: 100 }, (_, i) => 2400 - i),
      );
      // As recorded: the ledger's payload, not the lower-cased index row.
      expect(page.items[0]).toEqual(recorded[2399]);

      const failing = await store.listObservations({
        period: DECEMBER,
        checks: ['catalog.tier'],
        result: 'fail',
        limit: 1000,
        offset: 0,
      });
      expect(failing.total).toBe(250);
      expect(
        failing.items.every(
          o => o.check === 'catalog.tier' && o.result === 'fail',
        ),
      ).toBe(true);

      const byEntity = await store.listObservations({
        period: DECEMBER,
        entityRef: 'Component:Default/SVC-7',
        limit: 10,
        offset: 0,
      });
      expect(byEntity.items.map(o => o.subject)).toEqual([
        'component:default/svc-7',
      ]);

      const firstMinute = await store.listObservations({
        period: {
          from: '2026-12-02T00:00:00.000Z',
          to: '2026-12-02T00:01:00.000Z',
        },
        limit: 1000,
        offset: 0,
      });
      expect(firstMinute.total).toBe(60);

      const chosen = await store.listObservations({
        period: DECEMBER,
        sequences: [5, 17, 99999],
        runId: 'big',
        limit: 10,
        offset: 0,
      });
      expect(chosen.items.map(o => o.sequence)).toEqual([17, 5]);
      expect(
        verifyLedgerRecords(await store.readLedger({ limit: 10_000 })).ok,
      ).toBe(true);

      // The export's keyset pages: oldest first, each after the last key.
      const afterMinute = {
        from: '2026-12-02T00:01:00.000Z',
        to: '2027-01-01T00:00:00.000Z',
      };
      const read: number[] = [];
      let afterSequence: number | undefined;
      for (;;) {
        const keyset = await store.readObservations({
          period: afterMinute,
          afterSequence,
          limit: 700,
        });
        read.push(...keyset.map(o => o.sequence));
        if (keyset.length < 700) break;
        afterSequence = keyset[keyset.length - 1].sequence;
      }
      expect(read).toEqual(Array.from({ length: 2440 }, (_, i) => 61 + i));
      expect(
        await store.readObservations({
          period: DECEMBER,
          afterSequence: 2499,
          limit: 10,
        }),
      ).toEqual([recorded[2499]]);
    });

    it('records nothing for a run that is not running, and finishes a run once', async () => {
      const { store } = await testStore(databaseId);
      await expect(
        store.recordObservations('nope', [observation()]),
      ).rejects.toThrow('There is no run nope');
      await storeRun(store, finished('done', '2026-12-01T00:00:00.000Z'), []);
      await expect(
        store.recordObservations('done', [observation()]),
      ).rejects.toThrow('Run done is succeeded');
      await expect(
        store.finishRun(finished('done', '2026-12-01T00:00:00.000Z'), []),
      ).rejects.toThrow('Run done is not running');
      await store.createRun({
        id: 'other',
        trigger: 'schedule',
        startedAt: '2026-12-01T00:00:00.000Z',
      });
      await expect(
        store.finishRun(finished('other', '2026-12-01T00:00:00.000Z'), [
          evaluation('done', '2026-12-01T00:01:00.000Z', {}),
        ]),
      ).rejects.toThrow('belongs to run done');
      // One run record for `done`, nothing for the refusals.
      expect((await store.readLedger({ limit: 10 })).map(r => r.kind)).toEqual([
        'run',
      ]);
      expect((await store.getRun('other'))?.status).toBe('running');
    });

    it('lists runs newest first and fails runs left running', async () => {
      const { store, clock } = await testStore(databaseId);
      await storeRun(store, finished('a', '2026-12-01T00:00:00.000Z'), []);
      await storeRun(
        store,
        finished('b', '2026-12-01T06:00:00.000Z', { status: 'failed' }),
        [],
      );
      await store.createRun({
        id: 'c',
        trigger: 'schedule',
        startedAt: '2026-12-01T12:00:00.000Z',
      });
      expect((await store.listRuns({ limit: 10 })).map(r => r.id)).toEqual([
        'c',
        'b',
        'a',
      ]);
      expect((await store.listRuns({ limit: 1 })).map(r => r.id)).toEqual([
        'c',
      ]);
      expect(
        (
          await store.listRuns({
            limit: 10,
            period: {
              from: '2026-12-01T01:00:00.000Z',
              to: '2026-12-01T12:00:00.000Z',
            },
          })
        ).map(r => r.id),
      ).toEqual(['b']);
      expect((await store.latestRun())?.id).toBe('c');
      expect((await store.latestRun('2026-12-01T12:00:00.000Z'))?.id).toBe('b');

      clock.set('2026-12-01T13:00:00.000Z');
      expect(
        await store.failUnfinishedRuns(
          '2026-12-01T12:00:00.000Z',
          'left running',
        ),
      ).toBe(0);
      expect(
        await store.failUnfinishedRuns(
          '2026-12-01T12:30:00.000Z',
          'The run stopped without finishing',
        ),
      ).toBe(1);
      expect(await store.getRun('c')).toEqual(
        expect.objectContaining({
          status: 'failed',
          finishedAt: '2026-12-01T13:00:00.000Z',
          collectorErrors: [
            {
              collector: 'compliance',
              message: 'The run stopped without finishing',
            },
          ],
        }),
      );
      const ledger = await store.readLedger({ limit: 10 });
      expect(ledger.map(r => (r.payload as { runId: string }).runId)).toEqual([
        'a',
        'b',
        'c',
      ]);
    });

    it('reads the ledger by period, with the anchor before it', async () => {
      const { store, clock } = await testStore(databaseId);
      await store.createRun({
        id: 'r',
        trigger: 'schedule',
        startedAt: '2026-12-01T00:00:00.000Z',
      });
      for (const day of ['01', '02', '03']) {
        clock.set(`2026-12-${day}T10:00:00.000Z`);
        await store.recordObservations('r', [
          observation(),
          observation({ subject: 'x' }),
        ]);
      }
      const second = await store.readLedger({
        limit: 10,
        period: {
          from: '2026-12-02T00:00:00.000Z',
          to: '2026-12-03T00:00:00.000Z',
        },
      });
      expect(second.map(r => r.sequence)).toEqual([3, 4]);
      expect(
        (await store.ledgerRecordBefore('2026-12-02T00:00:00.000Z'))?.sequence,
      ).toBe(2);
      expect(
        await store.ledgerRecordBefore('2026-12-01T00:00:00.000Z'),
      ).toBeUndefined();
      expect(
        verifyLedgerRecords(second, {
          anchor: await store.ledgerRecordBefore('2026-12-02T00:00:00.000Z'),
        }).ok,
      ).toBe(true);
      expect(
        (await store.readLedger({ afterSequence: 4, limit: 1 })).map(
          r => r.sequence,
        ),
      ).toEqual([5]);

      // A replica whose clock is behind never records before the head.
      clock.set('2026-12-02T00:00:00.000Z');
      await store.recordObservations('r', [observation()]);
      const [late] = await store.readLedger({ afterSequence: 6, limit: 1 });
      expect(late.recordedAt).toBe('2026-12-03T10:00:00.000Z');
    });
  },
);
