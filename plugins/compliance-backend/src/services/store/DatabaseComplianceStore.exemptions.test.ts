import { TestDatabases } from '@backstage/backend-test-utils';
import { verifyLedgerRecords } from '@localplus/plugin-compliance-node';
import { createTestStores } from './__testUtils__/testStores';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const testStore = createTestStores(databases);

const request = {
  controlId: 'catalog-ownership',
  subject: 'component:default/svc-legacy',
  entityRef: 'Component:default/svc-legacy',
  justification: 'Being decommissioned in January; no owner will be named.',
  requestedBy: 'user:default/marc',
  expiresAt: '2027-01-31T00:00:00Z',
};

describe.each(databases.eachSupportedId())(
  'DatabaseComplianceStore exemptions and run requests on %s',
  databaseId => {
    it('records a request and its decision in the table and the ledger', async () => {
      const { store, clock } = await testStore(
        databaseId,
        '2026-12-05T09:00:00.000Z',
      );
      const created = await store.createExemption(request);
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        controlId: 'catalog-ownership',
        subject: 'component:default/svc-legacy',
        entityRef: 'component:default/svc-legacy',
        justification: request.justification,
        requestedBy: 'user:default/marc',
        requestedAt: '2026-12-05T09:00:00.000Z',
        status: 'requested',
        expiresAt: '2027-01-31T00:00:00.000Z',
      });
      expect(await store.getExemption(created.id)).toEqual(created);

      clock.set('2026-12-05T10:00:00.000Z');
      const decision = {
        status: 'approved' as const,
        decidedBy: 'user:default/sofia',
        decidedAt: '2026-12-05T10:00:00.000Z',
        comment: 'Agreed until the decommission date',
      };
      const approved = await store.decideExemption(created.id, decision);
      expect(approved).toEqual({
        ...created,
        status: 'approved',
        decidedBy: 'user:default/sofia',
        decidedAt: '2026-12-05T10:00:00.000Z',
        decisionComment: 'Agreed until the decommission date',
      });
      // A decision is final: a second one changes nothing, in the table or the ledger.
      expect(
        await store.decideExemption(created.id, {
          ...decision,
          status: 'rejected',
        }),
      ).toBeUndefined();
      expect(
        await store.decideExemption('no-such-id', decision),
      ).toBeUndefined();
      expect(await store.getExemption(created.id)).toEqual(approved);

      const ledger = await store.readLedger({ limit: 10 });
      expect(
        ledger.map(r => [r.kind, (r.payload as { action: string }).action]),
      ).toEqual([
        ['exemption', 'requested'],
        ['exemption', 'approved'],
      ]);
      expect((ledger[1].payload as { exemption: unknown }).exemption).toEqual(
        approved,
      );
      expect(verifyLedgerRecords(ledger).ok).toBe(true);
    });

    it('lists exemptions by status, control, entity and whether they are in force', async () => {
      const { store, clock } = await testStore(
        databaseId,
        '2026-12-01T00:00:00.000Z',
      );
      const approved = await store.createExemption(request);
      await store.decideExemption(approved.id, {
        status: 'approved',
        decidedBy: 'user:default/sofia',
        decidedAt: '2026-12-02T00:00:00.000Z',
      });
      clock.advance(1000);
      const rejected = await store.createExemption({
        ...request,
        controlId: 'eu-residency',
      });
      await store.decideExemption(rejected.id, {
        status: 'rejected',
        decidedBy: 'user:default/sofia',
        decidedAt: '2026-12-02T00:00:00.000Z',
        comment: 'No',
      });
      clock.advance(1000);
      const pending = await store.createExemption({
        ...request,
        entityRef: undefined,
        subject: 'cluster:eks-prod',
      });

      const ids = (list: Array<{ id: string }>) => list.map(e => e.id);
      expect(ids(await store.listExemptions({}))).toEqual([
        pending.id,
        rejected.id,
        approved.id,
      ]);
      expect(
        ids(await store.listExemptions({ status: ['requested', 'rejected'] })),
      ).toEqual([pending.id, rejected.id]);
      expect(
        ids(await store.listExemptions({ controlId: 'eu-residency' })),
      ).toEqual([rejected.id]);
      expect(
        ids(
          await store.listExemptions({
            entityRef: 'COMPONENT:default/svc-legacy',
          }),
        ),
      ).toEqual([rejected.id, approved.id]);
      expect(
        ids(await store.listExemptions({ activeAt: '2026-12-01T12:00:00Z' })),
      ).toEqual([]);
      expect(
        ids(await store.listExemptions({ activeAt: '2026-12-20T00:00:00Z' })),
      ).toEqual([approved.id]);
      expect(
        ids(await store.listExemptions({ activeAt: '2027-01-31T00:00:00Z' })),
      ).toEqual([]);
    });

    it('rolls back an exemption whose ledger record cannot be written', async () => {
      const { store } = await testStore(databaseId);
      await expect(
        store.createExemption({
          ...request,
          justification: 'lone \uD800 surrogate',
        }),
      ).rejects.toThrow(/surrogate/);
      expect(await store.listExemptions({})).toEqual([]);
      expect(await store.readLedger({ limit: 10 })).toEqual([]);
    });

    it('gives each on-demand request to one run, and takes back only unclaimed ones', async () => {
      const { store } = await testStore(databaseId);
      await store.queueRunRequest({
        runId: 'run-b',
        requestedBy: 'user:default/b',
        requestedAt: '2026-12-05T10:00:01Z',
      });
      await store.queueRunRequest({
        runId: 'run-a',
        requestedBy: 'user:default/a',
        requestedAt: '2026-12-05T10:00:00Z',
      });
      await store.queueRunRequest({
        runId: 'run-c',
        requestedBy: 'user:default/c',
        requestedAt: '2026-12-05T10:00:02Z',
      });

      const claims = await Promise.all([
        store.claimRunRequest('2026-12-05T10:00:05Z'),
        store.claimRunRequest('2026-12-05T10:00:05Z'),
      ]);
      expect(claims.map(c => c?.runId).sort()).toEqual(['run-a', 'run-b']);
      expect(claims.find(c => c?.runId === 'run-a')).toEqual({
        runId: 'run-a',
        requestedBy: 'user:default/a',
        requestedAt: '2026-12-05T10:00:00.000Z',
      });
      expect(await store.withdrawRunRequest('run-a')).toBe(false);
      expect(await store.withdrawRunRequest('run-c')).toBe(true);
      expect(
        await store.claimRunRequest('2026-12-05T10:00:06Z'),
      ).toBeUndefined();
    });
  },
);
