import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { EvaluationEngine } from '../evaluation/EvaluationEngine';
import { LedgerVerifier } from '../store/LedgerVerifier';
import { LEDGER_TABLE } from '../store/tables';
import { createTestStores } from '../store/__testUtils__/testStores';
import {
  createLedgerIntegrityCollector,
  EVIDENCE_LEDGER_SUBJECT,
} from './ledgerIntegrityCollector';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

const START = '2026-12-05T10:00:00.000Z';
const TODAY = { from: START, to: '2026-12-06T00:00:00.000Z' };

const auditTrailControl = {
  id: 'pci-immutable-audit-trail',
  title: 'The evidence trail is immutable',
  description: 'Edits of recorded evidence are detected.',
  owner: 'group:default/team-security',
  frequency: 'continuous' as const,
  requirements: ['pci-dss:10.3.2'],
  evidence: [{ check: 'ledger.integrity' }],
};

async function setup(databaseId: Parameters<typeof testStore>[0]) {
  const { store, knex, clock } = await testStore(databaseId, START);
  const collector = createLedgerIntegrityCollector(
    new LedgerVerifier({ store, now: clock.now }),
  );
  const engine = new EvaluationEngine({
    store,
    catalog: { frameworks: [], controls: [auditTrailControl] },
    collectors: [collector],
    settings: { lookbackDays: 30, collectorTimeoutMs: 10_000 },
    logger: mockServices.logger.mock(),
    now: clock.now,
  });
  return { store, knex, clock, engine, collector };
}

describe.each(databases.eachSupportedId())(
  'the ledger.integrity check on %s',
  databaseId => {
    it('passes on an intact ledger, and names the first broken record once one is changed', async () => {
      const { store, knex, clock, engine } = await setup(databaseId);

      const first = await engine.run({ trigger: 'schedule' });
      clock.advance(60_000);
      const second = await engine.run({ trigger: 'schedule' });
      const intact = await store.listObservations({
        period: TODAY,
        runId: second.id,
        limit: 10,
        offset: 0,
      });
      expect(intact.items).toEqual([
        expect.objectContaining({
          check: 'ledger.integrity',
          collector: 'ledger',
          subject: EVIDENCE_LEDGER_SUBJECT,
          result: 'pass',
          method: 'test',
          // The first run's observation and its run record.
          summary: expect.stringMatching(
            /^The evidence ledger verifies from record 1 to record 2 \(head hash [0-9a-f]{12}\.\.\.\)\.$/,
          ),
          details: {
            records: 2,
            headSequence: 2,
            headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          },
        }),
      ]);
      const firstObservations = await store.listObservations({
        period: TODAY,
        runId: first.id,
        limit: 10,
        offset: 0,
      });
      expect(firstObservations.items[0].summary).toBe(
        'The evidence ledger is empty: nothing was recorded yet.',
      );

      // Someone rewrites the first observation in the database.
      const [row] = await knex(LEDGER_TABLE).where('sequence', 1);
      await knex(LEDGER_TABLE)
        .where('sequence', 1)
        .update({ payload: row.payload.replace('"pass"', '"fail"') });
      clock.advance(60_000);
      const third = await engine.run({ trigger: 'schedule' });

      const tampered = await store.listObservations({
        period: TODAY,
        runId: third.id,
        limit: 10,
        offset: 0,
      });
      expect(tampered.items[0]).toEqual(
        expect.objectContaining({
          result: 'fail',
          summary: expect.stringMatching(
            /^Record 1 of the evidence ledger does not verify \(hash-mismatch\): Record 1 hashes to/,
          ),
          details: expect.objectContaining({
            firstBrokenSequence: 1,
            firstBrokenReason: 'hash-mismatch',
          }),
        }),
      );
      const [evaluation] = await store.listEvaluations({
        period: TODAY,
        latestOnly: true,
      });
      expect(evaluation).toEqual(
        expect.objectContaining({
          runId: third.id,
          controlId: 'pci-immutable-audit-trail',
          subject: EVIDENCE_LEDGER_SUBJECT,
          status: 'not-satisfied',
          reason: expect.stringContaining(
            'ledger.integrity: Record 1 of the evidence ledger does not verify',
          ),
        }),
      );
    });

    it('describes itself for the collectors list', async () => {
      const { collector } = await setup(databaseId);
      expect(collector.id).toBe('ledger');
      expect(collector.checks.map(c => c.id)).toEqual(['integrity']);
    });
  },
);
