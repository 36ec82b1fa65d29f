import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { ComplianceControl } from '@localplus/plugin-compliance-common';
import {
  EvidenceCollectionContext,
  EvidenceCollector,
  verifyLedgerRecords,
} from '@localplus/plugin-compliance-node';
import { DatabaseComplianceStore } from '../store/DatabaseComplianceStore';
import { createTestStores } from '../store/__testUtils__/testStores';
import { EvaluationEngine } from './EvaluationEngine';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

const START = '2026-12-05T10:00:00.000Z';
const LEDGER = 'component:default/svc-ledger';
const POINTS = 'component:default/svc-points';

function control(
  id: string,
  evidence: ComplianceControl['evidence'],
): ComplianceControl {
  return {
    id,
    title: id,
    description: id,
    owner: 'group:default/team-security',
    frequency: 'daily',
    requirements: ['soc2:CC6.1'],
    evidence,
  };
}

const CONTROLS = [
  control('ownership', [
    { check: 'catalog.owner' },
    { check: 'catalog.tier', params: { tiers: ['T0', 'T1'] } },
  ]),
  control('access-policy', [{ check: 'access.policy' }]),
  control('admission', [{ check: 'kubernetes.workload-policy' }]),
  control('branch-protection', [{ check: 'github.branch-protection' }]),
];

/** The catalog as a collector sees it: svc-ledger fine, svc-points without owner; one broken observation. */
function catalogCollector(
  seen: EvidenceCollectionContext[],
): EvidenceCollector {
  return {
    id: 'catalog',
    title: 'Software catalog',
    description: 'Entities of the catalog',
    checks: [
      { id: 'owner', title: 'Owner', description: 'Has an owner group' },
      { id: 'tier', title: 'Tier', description: 'Has a tier' },
    ],
    async collect(context) {
      seen.push(context);
      const base = {
        method: 'examine' as const,
        examined: [{ type: 'catalog-entity', ref: LEDGER }],
      };
      return [
        {
          ...base,
          check: 'catalog.owner',
          subject: LEDGER,
          entityRef: LEDGER,
          result: 'pass',
          summary: 'Owned by group:default/team-loyalty',
        },
        {
          ...base,
          check: 'catalog.tier',
          subject: LEDGER,
          entityRef: LEDGER,
          result: 'pass',
          summary: 'Tier T1',
        },
        {
          ...base,
          check: 'catalog.owner',
          subject: POINTS,
          entityRef: POINTS,
          result: 'fail',
          summary: 'spec.owner team-x is not a Group',
        },
        {
          ...base,
          check: 'catalog.tier',
          subject: POINTS,
          entityRef: POINTS,
          result: 'sort-of',
          summary: 'Tier?',
        } as never,
      ];
    },
  };
}

const throwingAccess: EvidenceCollector = {
  id: 'access',
  title: 'Access policy',
  description: 'The permission policy',
  checks: [
    { id: 'policy', title: 'Policy', description: 'No grant to everyone' },
  ],
  async collect() {
    throw new Error('access-backend answered 503');
  },
};

/** Never answers and ignores its signal: the run must go on without it. */
const hangingKubernetes: EvidenceCollector = {
  id: 'kubernetes',
  title: 'Kubernetes',
  description: 'Workloads',
  checks: [
    {
      id: 'workload-policy',
      title: 'Workload policy',
      description: 'Admission rules',
    },
  ],
  collect: () => new Promise(() => {}),
};

async function engineOn(
  databaseId: Parameters<typeof testStore>[0],
  collectors?: EvidenceCollector[],
) {
  const { store, clock, knex } = await testStore(databaseId, START);
  const seen: EvidenceCollectionContext[] = [];
  const engine = new EvaluationEngine({
    store,
    catalog: { frameworks: [], controls: CONTROLS },
    collectors: collectors ?? [
      catalogCollector(seen),
      throwingAccess,
      hangingKubernetes,
    ],
    settings: { lookbackDays: 30, collectorTimeoutMs: 300 },
    logger: mockServices.logger.mock(),
    now: clock.now,
  });
  return { engine, store, clock, seen, knex };
}

describe.each(databases.eachSupportedId())(
  'EvaluationEngine on %s',
  databaseId => {
    it('collects, records and evaluates, whatever the collectors do', async () => {
      const { engine, store, seen } = await engineOn(databaseId);
      const run = await engine.run({
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
      });

      expect(run).toEqual({
        id: expect.any(String),
        trigger: 'on-demand',
        requestedBy: 'user:default/anna',
        startedAt: START,
        finishedAt: START,
        status: 'succeeded',
        observationCount: 6,
        collectorErrors: [
          { collector: 'access', message: 'access-backend answered 503' },
          { collector: 'kubernetes', message: 'timed out after 300 ms' },
        ],
      });
      expect(await store.getRun(run.id)).toEqual(run);

      // The collector got the evidence entries citing its checks, and the window.
      expect(seen[0].requested).toEqual([
        { check: 'catalog.owner' },
        { check: 'catalog.tier', params: { tiers: ['T0', 'T1'] } },
      ]);
      expect(seen[0].window).toEqual({
        from: new Date('2026-11-05T10:00:00.000Z'),
        to: new Date(START),
      });
      expect(seen[0].now).toEqual(new Date(START));

      const { items } = await store.listObservations({
        period: { from: START, to: '2026-12-06T00:00:00.000Z' },
        limit: 100,
        offset: 0,
      });
      // Recorded in the order of the collectors' ids (access, catalog,
      // kubernetes), not the order they were installed in.
      expect(items.map(o => [o.check, o.subject, o.result]).reverse()).toEqual([
        ['access.policy', 'collector:access', 'error'],
        ['catalog.owner', LEDGER, 'pass'],
        ['catalog.tier', LEDGER, 'pass'],
        ['catalog.owner', POINTS, 'fail'],
        ['catalog.tier', POINTS, 'error'],
        ['kubernetes.workload-policy', 'collector:kubernetes', 'error'],
      ]);
      const invalid = items.find(
        o => o.check === 'catalog.tier' && o.subject === POINTS,
      )!;
      expect(invalid.summary).toBe(
        'The Software catalog collector returned an observation the backend cannot accept: observation 3 result: Invalid option: expected one of "pass"|"fail"|"not-applicable"|"error"',
      );

      const evaluations = await store.listEvaluations({
        period: { from: START, to: '2026-12-06T00:00:00.000Z' },
      });
      expect(
        evaluations.map(e => [e.controlId, e.subject, e.status, e.reason]),
      ).toEqual([
        [
          'access-policy',
          'collector:access',
          'error',
          'access.policy: The Access policy collector failed: access-backend answered 503',
        ],
        [
          'admission',
          'collector:kubernetes',
          'error',
          'kubernetes.workload-policy: The Kubernetes collector failed: timed out after 300 ms',
        ],
        [
          'branch-protection',
          'collector:github',
          'error',
          'no evidence from github.branch-protection: no collector installed',
        ],
        [
          'ownership',
          LEDGER,
          'satisfied',
          'catalog.owner: Owned by group:default/team-loyalty; catalog.tier: Tier T1',
        ],
        [
          'ownership',
          POINTS,
          'not-satisfied',
          'catalog.owner: spec.owner team-x is not a Group',
        ],
      ]);
      const points = evaluations.find(e => e.subject === POINTS)!;
      expect(points.observations).toEqual(
        items
          .filter(o => o.subject === POINTS)
          .map(o => o.sequence)
          .reverse(),
      );

      const ledger = await store.readLedger({ limit: 100 });
      expect(ledger.map(r => r.kind)).toEqual([
        ...Array(6).fill('observation'),
        'run',
      ]);
      expect(
        verifyLedgerRecords(ledger, {
          expectedHead: await store.appendedLedgerHead(),
        }).ok,
      ).toBe(true);
    });

    it('applies exemptions approved and in force at the run', async () => {
      const { engine, store, clock } = await engineOn(databaseId);
      const exemption = await store.createExemption({
        controlId: 'ownership',
        subject: POINTS,
        justification: 'Being decommissioned',
        requestedBy: 'user:default/marc',
        expiresAt: '2026-12-10T00:00:00.000Z',
      });
      const before = await engine.run({ trigger: 'schedule' });
      await store.decideExemption(exemption.id, {
        status: 'approved',
        decidedBy: 'user:default/sofia',
        decidedAt: START,
      });
      clock.advance(60_000);
      const during = await engine.run({ trigger: 'schedule' });
      clock.set('2026-12-10T00:00:00.000Z');
      const after = await engine.run({ trigger: 'schedule' });

      const statusOf = async (runId: string) =>
        (
          await store.listEvaluations({
            period: { from: START, to: '2026-12-11T00:00:00.000Z' },
            subjects: [POINTS],
          })
        )
          .filter(e => e.runId === runId)
          .map(e => [e.status, e.exemptionId]);
      expect(await statusOf(before.id)).toEqual([['not-satisfied', undefined]]);
      expect(await statusOf(during.id)).toEqual([
        ['not-applicable', exemption.id],
      ]);
      expect(await statusOf(after.id)).toEqual([['not-satisfied', undefined]]);
    });

    it('closes a run as failed when recording fails, and the run left running before', async () => {
      const { store, clock, knex } = await testStore(databaseId, START);
      await store.createRun({
        id: 'lost',
        trigger: 'schedule',
        startedAt: '2026-12-05T04:00:00.000Z',
      });
      class DiskFullStore extends DatabaseComplianceStore {
        async recordObservations(): Promise<never> {
          throw new Error('disk full');
        }
      }
      const engine = new EvaluationEngine({
        store: new DiskFullStore(knex, { now: clock.now }),
        catalog: { frameworks: [], controls: CONTROLS },
        collectors: [catalogCollector([])],
        settings: { lookbackDays: 30, collectorTimeoutMs: 1000 },
        logger: mockServices.logger.mock(),
        now: clock.now,
      });
      await expect(
        engine.run({ trigger: 'schedule', runId: 'doomed' }),
      ).rejects.toThrow('disk full');
      expect(await store.getRun('doomed')).toEqual(
        expect.objectContaining({
          status: 'failed',
          collectorErrors: [{ collector: 'compliance', message: 'disk full' }],
        }),
      );
      expect((await store.getRun('lost'))?.status).toBe('failed');
      expect(
        await store.listEvaluations({
          period: { from: START, to: '2026-12-06T00:00:00.000Z' },
        }),
      ).toEqual([]);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'EvaluationEngine cancelled on %s',
  databaseId => {
    it('records nothing and fails the run when the scheduler cancels it', async () => {
      const controller = new AbortController();
      const cancelling: EvidenceCollector = {
        ...throwingAccess,
        async collect() {
          controller.abort(new Error('Task was cancelled'));
          return [];
        },
      };
      const { engine, store } = await engineOn(databaseId, [
        catalogCollector([]),
        cancelling,
      ]);
      await expect(
        engine.run({
          trigger: 'schedule',
          runId: 'cancelled',
          signal: controller.signal,
        }),
      ).rejects.toThrow('Task was cancelled');
      expect(await store.getRun('cancelled')).toEqual(
        expect.objectContaining({ status: 'failed', observationCount: 0 }),
      );
      expect((await store.readLedger({ limit: 10 })).map(r => r.kind)).toEqual([
        'run',
      ]);
    });
  },
);

describe('EvaluationEngine', () => {
  it('refuses two collectors with one id', () => {
    expect(
      () =>
        new EvaluationEngine({
          store: {} as never,
          catalog: { frameworks: [], controls: [] },
          collectors: [throwingAccess, { ...throwingAccess }],
          settings: { lookbackDays: 30, collectorTimeoutMs: 1000 },
          logger: mockServices.logger.mock(),
        }),
    ).toThrow('Two evidence collectors have the id "access"');
  });
});
