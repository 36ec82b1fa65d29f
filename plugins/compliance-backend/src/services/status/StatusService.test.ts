import { TestDatabases } from '@backstage/backend-test-utils';
import type {
  ComplianceControl,
  ComplianceFramework,
  ControlStatus,
} from '@localplus/plugin-compliance-common';
import type { ComplianceStore } from '../store/ComplianceStore';
import { createTestStores } from '../store/__testUtils__/testStores';
import { LedgerVerifier } from '../store/LedgerVerifier';
import { LedgerVerificationCache } from './LedgerVerificationCache';
import { StatusService } from './StatusService';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const testStore = createTestStores(databases);

const DAY_MS = 24 * 60 * 60 * 1000;

const FRAMEWORKS: ComplianceFramework[] = [
  {
    id: 'soc2',
    title: 'SOC 2',
    requirements: [
      { id: 'CC6.1', title: 'Logical access' },
      { id: 'CC8.1', title: 'Change management' },
    ],
  },
];

const control = (id: string, requirement: string): ComplianceControl => ({
  id,
  title: id,
  description: id,
  owner: 'group:default/team-security',
  frequency: 'daily',
  requirements: [requirement],
  evidence: [{ check: `catalog.${id}` }],
});

const CONTROLS = [
  control('ownership', 'soc2:CC6.1'),
  control('tier', 'soc2:CC8.1'),
  control('runbook', 'soc2:CC8.1'),
  control('classification', 'soc2:CC6.1'),
];

/** Counts the store's calls, to see what a cached answer spares. */
function counting(store: ComplianceStore) {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(store, {
    get(target, name: string) {
      const value = (target as any)[name];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

async function recordRun(
  store: ComplianceStore,
  id: string,
  at: string,
  statusOf: (controlId: string, subject: number) => ControlStatus,
  subjects: number,
) {
  await store.createRun({ id, trigger: 'schedule', startedAt: at });
  await store.finishRun(
    {
      id,
      trigger: 'schedule',
      startedAt: at,
      finishedAt: at,
      status: 'succeeded',
      observationCount: 0,
      collectorErrors: [],
    },
    CONTROLS.flatMap(c =>
      Array.from({ length: subjects }, (_, index) => ({
        runId: id,
        controlId: c.id,
        subject: `component:default/svc-${index}`,
        entityRef: `component:default/svc-${index}`,
        status: statusOf(c.id, index),
        reason: 'test',
        observations: [],
        evaluatedAt: at,
      })),
    ),
  );
}

async function setUp(options: { cacheSize?: number } = {}) {
  const { store: realStore, clock } = await testStore(
    'SQLITE_3',
    '2026-12-01T09:00:00.000Z',
  );
  const { store, calls } = counting(realStore);
  let monotonic = 0;
  const verifier = new LedgerVerifier({ store: realStore, now: clock.now });
  const service = new StatusService({
    store,
    frameworks: FRAMEWORKS,
    controls: CONTROLS,
    ledger: new LedgerVerificationCache({
      verify: () => verifier.verify(),
      head: () => realStore.ledgerHead(),
      maxAgeMs: 60_000,
      clock: () => monotonic,
    }),
    scheduleIntervalMs: DAY_MS,
    now: clock.now,
    openPeriodMaxAgeMs: 60_000,
    clock: () => monotonic,
    cacheSize: options.cacheSize,
  });
  return {
    store: realStore,
    service,
    calls,
    clock,
    age: (ms: number) => {
      monotonic += ms;
    },
  };
}

const CLOSED = {
  from: '2026-11-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
};
const OPEN = {
  from: '2026-11-15T00:00:00.000Z',
  to: '2026-12-02T00:00:00.000Z',
};

describe('StatusService', () => {
  it('answers a period again from its cache until a run changes it', async () => {
    const t = await setUp();
    await recordRun(
      t.store,
      'run-1',
      '2026-11-20T09:00:00.000Z',
      () => 'satisfied',
      3,
    );

    const first = await t.service.status(CLOSED);
    const second = await t.service.status(CLOSED);
    expect(second).toEqual(first);
    expect(t.calls.listControlHistory).toBe(1);

    // A run recorded afterwards (even one dated inside the period) moves the
    // ledger head: the period is computed again.
    await recordRun(
      t.store,
      'run-2',
      '2026-11-25T09:00:00.000Z',
      (id, subject) =>
        id === 'tier' && subject === 0 ? 'not-satisfied' : 'satisfied',
      3,
    );
    const third = await t.service.status(CLOSED);
    expect(t.calls.listControlHistory).toBe(2);
    expect(third.controls.find(c => c.control.id === 'tier')).toMatchObject({
      status: 'not-satisfied',
      counts: { satisfied: 2, 'not-satisfied': 1 },
      lastEvaluatedAt: '2026-11-25T09:00:00.000Z',
    });
  });

  it('recomputes a period that has not ended once its answer is a minute old', async () => {
    const t = await setUp();
    await recordRun(
      t.store,
      'run-1',
      '2026-11-20T09:00:00.000Z',
      () => 'satisfied',
      1,
    );

    await t.service.status(OPEN);
    await t.service.status(CLOSED);
    t.age(60_001);
    await t.service.status(OPEN);
    await t.service.status(CLOSED);
    expect(t.calls.listControlHistory).toBe(3);
  });

  it('keeps the periods used most recently', async () => {
    const t = await setUp({ cacheSize: 2 });
    const periods = ['2026-10-01', '2026-10-02', '2026-10-03'].map(from => ({
      from: `${from}T00:00:00.000Z`,
      to: '2026-11-01T00:00:00.000Z',
    }));
    for (const period of [...periods, periods[2], periods[1], periods[0]]) {
      await t.service.status(period);
    }
    // The first was evicted by the third; the second and third were kept.
    expect(t.calls.listControlHistory).toBe(4);
  });

  it('filters by framework and lists unserved requirements', async () => {
    const t = await setUp();
    const status = await t.service.status(CLOSED, 'soc2');
    expect(status.frameworks[0].controlsByRequirement).toEqual({
      'CC6.1': ['ownership', 'classification'],
      'CC8.1': ['tier', 'runbook'],
    });
    await expect(t.service.status(CLOSED, 'hipaa')).rejects.toThrow(
      'No framework hipaa',
    );
  });

  it('answers a cached page within 100 ms at the 95th percentile', async () => {
    const t = await setUp();
    for (let day = 0; day < 10; day++) {
      const at = new Date(
        Date.parse('2026-11-10T09:00:00.000Z') + day * DAY_MS,
      );
      await recordRun(
        t.store,
        `run-${day}`,
        at.toISOString(),
        (_, subject) =>
          (subject + day) % 7 === 0 ? 'not-satisfied' : 'satisfied',
        500,
      );
    }
    await t.service.status(CLOSED);
    const durations: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await t.service.status(CLOSED);
      durations.push(performance.now() - started);
    }
    durations.sort((a, b) => a - b);
    expect(durations[Math.floor(durations.length * 0.95)]).toBeLessThan(100);
    expect(t.calls.listControlHistory).toBe(1);
  });
});
