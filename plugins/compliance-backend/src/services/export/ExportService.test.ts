import { TestDatabases } from '@backstage/backend-test-utils';
import {
  buildExportArchive,
  verifyExportArchive,
} from '@localplus/plugin-compliance-node';
import {
  createTestStores,
  observation,
} from '../store/__testUtils__/testStores';
import { ExportService } from './ExportService';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const testStore = createTestStores(databases);

const PERIOD = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
};
const MINUTE_MS = 60_000;

async function setUp() {
  const { store, clock } = await testStore(
    'SQLITE_3',
    '2026-10-31T12:00:00.000Z',
  );
  const service = new ExportService({
    store,
    frameworks: [
      {
        id: 'soc2',
        title: 'SOC 2',
        requirements: [{ id: 'CC6.1', title: 'Access' }],
      },
    ],
    controls: [
      {
        id: 'service-ownership',
        title: 'Every service has an owner',
        description: 'Each service names its owning group.',
        owner: 'group:default/team-security',
        frequency: 'daily',
        requirements: ['soc2:CC6.1'],
        evidence: [{ check: 'catalog.owner' }],
      },
    ],
    coverage: async () => ({}),
    buildArchive: buildExportArchive,
    system: { title: 'LOCAL-PLUS platform', version: 'test' },
  });
  return { store, clock, service };
}

describe('ExportService', () => {
  it('reads every run of the period, past the store page, oldest first', async () => {
    const { store, service } = await setUp();
    const start = Date.parse(PERIOD.from);
    const startedAt = (minutes: number) =>
      new Date(start + minutes * MINUTE_MS).toISOString();
    const ids: string[] = [];
    // 998 runs a minute apart and five older ones sharing one instant, so
    // the store's first page of 1,000 ends inside the tie; and one run on
    // each side of the period.
    for (let index = 0; index < 998; index++) {
      ids.push(`run-${String(index).padStart(4, '0')}`);
      await store.createRun({
        id: ids[index],
        trigger: 'schedule',
        startedAt: startedAt(index + 10),
      });
    }
    for (const id of ['tie-a', 'tie-b', 'tie-c', 'tie-d', 'tie-e']) {
      ids.push(id);
      await store.createRun({
        id,
        trigger: 'schedule',
        startedAt: startedAt(5),
      });
    }
    await store.createRun({
      id: 'before',
      trigger: 'schedule',
      startedAt: '2026-10-31T23:59:59.999Z',
    });
    await store.createRun({
      id: 'after',
      trigger: 'schedule',
      startedAt: PERIOD.to,
    });

    const input = await service.assemble(PERIOD);

    expect(input.runs).toHaveLength(1003);
    expect(input.runs.slice(0, 5).map(run => run.id)).toEqual([
      'tie-a',
      'tie-b',
      'tie-c',
      'tie-d',
      'tie-e',
    ]);
    expect(new Set(input.runs.map(run => run.id))).toEqual(new Set(ids));
  });

  it('anchors the ledger on the record before the period and shows exemptions as they stood at its end', async () => {
    const { store, clock, service } = await setUp();
    await store.createRun({
      id: 'run-0',
      trigger: 'schedule',
      startedAt: '2026-10-31T12:00:00.000Z',
    });
    await store.recordObservations('run-0', [
      observation({ observedAt: '2026-10-31T12:00:00.000Z' }),
    ]);
    clock.set('2026-11-10T00:00:00.000Z');
    const exemption = await store.createExemption({
      controlId: 'service-ownership',
      subject: 'component:default/svc-legacy',
      justification: 'Decommissioned in December; no owner will be named.',
      requestedBy: 'user:default/marc',
      expiresAt: '2027-01-31T00:00:00.000Z',
    });
    clock.set('2026-12-02T00:00:00.000Z');
    await store.decideExemption(exemption.id, {
      status: 'approved',
      decidedBy: 'user:default/sofia',
      decidedAt: '2026-12-02T00:00:00.000Z',
    });

    const input = await service.assemble(PERIOD);

    const before = await store.readLedger({ limit: 10 });
    expect(input.ledger.anchor).toEqual({ sequence: 1, hash: before[0].hash });
    expect(input.ledger.records.map(record => record.sequence)).toEqual([2]);
    expect(input.exemptions).toEqual([
      expect.objectContaining({ id: exemption.id, status: 'requested' }),
    ]);
    expect(input.exemptions[0]).not.toHaveProperty('decidedBy');

    const first = await service.exportPeriod(PERIOD);
    const second = await service.exportPeriod(PERIOD);
    expect(first.fileName).toBe(
      'localplus-compliance-2026-11-01-2026-11-30.zip',
    );
    expect(
      Buffer.compare(Buffer.from(first.bytes), Buffer.from(second.bytes)),
    ).toBe(0);
    expect(verifyExportArchive(first.bytes).ok).toBe(true);
  });
});
