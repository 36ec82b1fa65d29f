import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import type { RunningPrometheus } from '@localplus/server-kit';
import { PrometheusMetricSource } from '@localplus/plugin-slo-backend-module-prometheus';
import type { ObjectiveReport } from '@localplus/plugin-slo-common';
import {
  KNOWN_PATTERN_DOCUMENTS,
  patternEnd,
  QUIET_PATTERN_DOCUMENTS,
  SLICED_PATTERN_DOCUMENTS,
  startKnownPatternPrometheus,
} from '../../__testUtils__/knownErrorPattern';
import { createSloServiceHarness } from '../../__testUtils__/sloServiceHarness';

jest.setTimeout(120_000);

/**
 * A real Prometheus over a backfilled pattern whose figures are worked out by
 * hand in the comments. Every window edge is on a sample and the error and
 * total counters share their sample times, so the ratios are exact.
 */
describe('SLO figures measured from a real Prometheus', () => {
  const end = patternEnd();
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let prometheus: RunningPrometheus;
  let reports: Map<string, ObjectiveReport>;
  let quiet: ObjectiveReport;
  let sliced: ObjectiveReport;
  let problems: string[];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    prometheus = await startKnownPatternPrometheus(end);
    const harness = await createSloServiceHarness({
      entities: [
        { name: 'svc-known', documents: KNOWN_PATTERN_DOCUMENTS },
        { name: 'svc-quiet', documents: QUIET_PATTERN_DOCUMENTS },
        { name: 'svc-sliced', documents: SLICED_PATTERN_DOCUMENTS },
      ],
      source: new PrometheusMetricSource({
        environments: { prod: { baseUrl: prometheus.url } },
      }),
      database: { getClient: async () => databases.init('SQLITE_3') },
      now: () => new Date(end * 1000),
    });
    cleanup = harness.cleanup;
    const options = { credentials: mockCredentials.user() };
    const known = await harness.service.getEntityReport(
      { kind: 'component', namespace: 'default', name: 'svc-known' },
      options,
    );
    problems = known.problems;
    reports = new Map(known.objectives.map(report => [report.sloName, report]));
    [quiet] = (
      await harness.service.getEntityReport(
        { kind: 'component', namespace: 'default', name: 'svc-quiet' },
        options,
      )
    ).objectives;
    [sliced] = (
      await harness.service.getEntityReport(
        { kind: 'component', namespace: 'default', name: 'svc-sliced' },
        options,
      )
    ).objectives;
  });

  afterAll(async () => {
    await prometheus?.stop();
    await cleanup?.();
  });

  const measured = (slo: string) => {
    const report = reports.get(slo)!;
    expect(report.error).toBeUndefined();
    expect(report.status).toBe('ok');
    return report.measurement!;
  };
  const burn = (slo: string, window: string) =>
    measured(slo).burnRates.find(rate => rate.window === window)!;

  it('reads the documents without problems', () => {
    expect(problems).toEqual([]);
    expect([...reports.keys()]).toEqual([
      'known-availability',
      'known-latency',
      'known-probe',
    ]);
  });

  it('measures the availability SLI and budget over 30 days', () => {
    // 30 days of 10 req/s: 25 920 000 requests. Errors: 0.05 % for all but
    // the last hour (0.005/s x 2 588 400 s = 12 942) plus 2 % in the last
    // hour (0.2/s x 3600 s = 720): 13 662.
    const availability = measured('known-availability');
    expect(availability.events).toBeCloseTo(25_920_000, 3);
    expect(availability.sli).toBeCloseTo(1 - 13_662 / 25_920_000, 9);
    // Consumed = error ratio / 0.001 = 0.527083333...: careful deployments.
    const budget = availability.budget!;
    expect(budget.consumedFraction).toBeCloseTo(0.5270833333, 6);
    expect(budget.remainingFraction).toBeCloseTo(0.4729166667, 6);
    // 0.1 % of 30 days is 2592 s (43.2 min); 47.29 % of it is 1225.8 s left.
    expect(budget.allowedSeconds).toBe(2592);
    expect(budget.remainingSeconds).toBeCloseTo(1225.8, 4);
    expect(availability.policy).toEqual({
      state: 'careful',
      meaning: 'more testing, careful deployments',
    });
  });

  it('measures the burn rate over every window from 5m to 3d', () => {
    // Error ratio over w = (0.005 (w - 3600) + 720) / (10 w) for w > 1h,
    // and 2 % inside the last hour; burn rate = ratio / 0.001.
    const expected: Record<string, number> = {
      '5m': 20,
      '30m': 20,
      '1h': 20,
      '2h': (0.005 * 3600 + 720) / 72_000 / 0.001, // 10.25
      '6h': (0.005 * 18_000 + 720) / 216_000 / 0.001, // 3.75
      '1d': (0.005 * 82_800 + 720) / 864_000 / 0.001, // 1.3125
      '3d': (0.005 * 255_600 + 720) / 2_592_000 / 0.001, // 0.7708333
    };
    for (const [window, rate] of Object.entries(expected)) {
      expect(burn('known-availability', window).burnRate).toBeCloseTo(rate, 6);
    }
    expect(burn('known-availability', '2h').errorRatio).toBeCloseTo(0.01025, 9);
  });

  it('fires the 14.4x page alert and nothing slower', () => {
    // 20x over 1h and 5m pages; 3.75x over 6h is under 6x; 1.3125x over 1d
    // is under 3x; 0.77x over 3d is under 1x.
    const alerts = measured('known-availability').alerts;
    expect(
      alerts.map(a => [a.severity, a.longWindow, a.firing, a.heldByLowTraffic]),
    ).toEqual([
      ['page', '1h', true, false],
      ['page', '6h', false, false],
      ['ticket', '1d', false, false],
      ['ticket', '3d', false, false],
    ]);
    expect(measured('known-availability').lowTraffic).toBe(false);
  });

  it('measures a latency SLI from histogram buckets', () => {
    // 0.8 % of requests over 200 ms against a 1 % budget: 80 % consumed,
    // feature freeze; burn rate 0.8 everywhere, so no alert.
    const latency = measured('known-latency');
    expect(latency.sli).toBeCloseTo(0.992, 9);
    expect(latency.budget!.consumedFraction).toBeCloseTo(0.8, 6);
    expect(latency.budget!.allowedSeconds).toBe(25_920);
    expect(latency.policy!.state).toBe('freeze');
    expect(
      latency.burnRates.every(r => Math.abs(r.burnRate! - 0.8) < 1e-6),
    ).toBe(true);
    expect(latency.alerts.some(alert => alert.firing)).toBe(false);
  });

  it('counts bad time slices of a threshold SLI', () => {
    // The probe was down 30 minutes two days ago. A 7-day subquery at 1m
    // steps includes both ends in Prometheus 2.x: 7 x 1440 + 1 slices.
    const probe = measured('known-probe');
    expect(probe.events).toBe(10_081);
    expect(probe.sli).toBeCloseTo(1 - 30 / 10_081, 9);
    // The budget is 0.5 % of the window's 10 080 slices (50.4), 30 spent.
    expect(probe.budget!.consumedFraction).toBeCloseTo(30 / 50.4, 6);
    expect(probe.policy!.state).toBe('careful');
    // A 7-day SLO alerts over the workbook windows scaled by 7/30; the
    // longest, 1008m (16.8 h), ends well after the outage two days ago.
    expect(probe.burnRates.map(r => r.window)).toEqual([
      '5m',
      '7m',
      '14m',
      '28m',
      '84m',
      '336m',
      '1008m',
    ]);
    expect(probe.burnRates.every(r => r.burnRate === 0)).toBe(true);
  });

  it('holds back the page of a low-traffic service, not its tickets', () => {
    // 36 requests an hour, half failing in the last hour: burn rate 500x over
    // 1h, but 36 events are under the 100 the guard asks for. Over 6h (216
    // events) the 6x page fires, and so do both tickets.
    expect(quiet.status).toBe('ok');
    const alerts = quiet.measurement!.alerts;
    expect(
      alerts.map(a => [a.longWindow, a.firing, a.heldByLowTraffic]),
    ).toEqual([
      ['1h', false, true],
      ['6h', true, false],
      ['1d', true, false],
      ['3d', true, false],
    ]);
    expect(quiet.measurement!.lowTraffic).toBe(true);
    expect(
      quiet.measurement!.burnRates.find(r => r.window === '1h')!.burnRate,
    ).toBeCloseTo(500, 6);
    // 18 errors among 25 920 requests over 30 days: 69.4 % of the budget.
    expect(quiet.measurement!.budget!.consumedFraction).toBeCloseTo(
      18 / 25_920 / 0.001,
      6,
    );
  });

  it('draws the SLI and budget burn-down over the window', () => {
    // 30 days at 6-hour steps: 120 points ending at the evaluation time.
    const series = measured('known-availability').series!;
    expect(series.stepSeconds).toBe(21_600);
    expect(series.sli).toHaveLength(120);
    expect(series.sli.at(-1)!.t).toBe(end * 1000);
    // The last 6 hours hold the burst: (90 + 720) / 216 000 bad.
    expect(series.sli.at(-1)!.value).toBeCloseTo(1 - 810 / 216_000, 9);
    expect(series.sli[0].value).toBeCloseTo(0.9995, 9);
    // The burn-down starts near full and ends at the budget left now.
    expect(series.budgetRemaining[0].value).toBeCloseTo(1 - 108 / 25_920, 6);
    expect(series.budgetRemaining.at(-1)!.value).toBeCloseTo(0.4729166667, 6);
  });

  it('measures RatioTimeslices over raw counters by the good share of each slice', () => {
    // 30 days of 5-minute slices, both ends included in Prometheus 2.x:
    // 8641, every one with traffic. Each slice is 99.95 % good, except the
    // 12 of the last hour at 98 %: the bad shares add up to
    // 8629 x 0.0005 + 12 x 0.02 = 4.5545 slices, against 0.1 % of the
    // window's 8640 slices = 8.64 allowed.
    expect(sliced.error).toBeUndefined();
    expect(sliced.budgetingMethod).toBe('RatioTimeslices');
    const measurement = sliced.measurement!;
    expect(measurement.events).toBe(8641);
    expect(measurement.sli).toBeCloseTo(1 - 4.5545 / 8641, 9);
    expect(measurement.budget!.consumedFraction).toBeCloseTo(4.5545 / 8.64, 6);
    // The 1h window holds the last hour's 12 slices, 2 % bad, and the slice
    // ending as the burst began: (12 x 0.02 + 0.0005) / 13, 18.5 times the
    // allowed 0.1 %.
    expect(
      measurement.burnRates.find(rate => rate.window === '1h')!.burnRate,
    ).toBeCloseTo(18.5, 6);
  });
});
