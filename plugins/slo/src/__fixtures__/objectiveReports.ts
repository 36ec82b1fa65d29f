import { DateTime } from 'luxon';
import type {
  BurnRateAlertReport,
  BurnRateReport,
  ObjectiveReport,
  SloWindowReport,
} from '@localplus/plugin-slo-common';
import { buildSeries } from './series';

/** When the fixtures were "measured". Ages (snapshots) are relative to the real clock. */
export const MEASURED_AT = Date.parse('2026-11-21T08:00:00Z');

const DAY = 86400;

export const rolling30Days: SloWindowReport = {
  duration: '30d',
  rolling: true,
  start: '2026-10-22T08:00:00Z',
  end: '2026-11-21T08:00:00Z',
  seconds: 30 * DAY,
  elapsedSeconds: 30 * DAY,
};

export const calendarNovember: SloWindowReport = {
  duration: '1M',
  rolling: false,
  start: '2026-11-01T00:00:00+01:00',
  end: '2026-11-21T08:00:00Z',
  seconds: 30 * DAY,
  elapsedSeconds: 20 * DAY + 9 * 3600,
};

function burnRates(target: number, ratios: number[]): BurnRateReport[] {
  const windows = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];
  return windows.map((window, i) => ({
    window,
    errorRatio: ratios[i],
    burnRate: Number((ratios[i] / (1 - target)).toPrecision(12)),
  }));
}

function alerts(
  overrides: Partial<
    Record<string, Pick<BurnRateAlertReport, 'firing' | 'heldByLowTraffic'>>
  > = {},
): BurnRateAlertReport[] {
  const table: Array<Omit<BurnRateAlertReport, 'firing' | 'heldByLowTraffic'>> =
    [
      { severity: 'page', burnRate: 14.4, longWindow: '1h', shortWindow: '5m' },
      { severity: 'page', burnRate: 6, longWindow: '6h', shortWindow: '30m' },
      { severity: 'ticket', burnRate: 3, longWindow: '1d', shortWindow: '2h' },
      { severity: 'ticket', burnRate: 1, longWindow: '3d', shortWindow: '6h' },
    ];
  return table.map(row => ({
    ...row,
    firing: false,
    heldByLowTraffic: false,
    ...overrides[row.longWindow],
  }));
}

/** svc-ledger availability: budget mostly intact, but a page alert fires (1h/5m). */
export const ledgerAvailability: ObjectiveReport = {
  key: 'component:default/svc-ledger#svc-ledger-availability#0',
  entityRef: 'component:default/svc-ledger',
  sloName: 'svc-ledger-availability',
  sloDisplayName: 'Ledger availability',
  service: 'svc-ledger',
  description: 'Requests to the ledger API that do not fail with a 5xx.',
  objectiveIndex: 0,
  objectiveName: '99.9 % of requests succeed',
  target: 0.999,
  indicator: 'ratio',
  budgetingMethod: 'Occurrences',
  environment: 'prod',
  window: rolling30Days,
  queries: {
    errorRatio:
      'sum(rate(http_requests_total{service="svc-ledger",code=~"5.."}[30d])) / sum(rate(http_requests_total{service="svc-ledger"}[30d]))',
    explorerUrl:
      'http://prometheus.localplus.test/graph?g0.expr=slo%3Asli_error%3Aratio_rate30d',
  },
  runbookUrl: 'https://docs.localplus.test/runbooks/svc-ledger',
  dashboardUrl: 'https://grafana.localplus.test/d/svc-ledger',
  status: 'ok',
  measurement: {
    sli: 0.99972,
    events: 12_400_000,
    budget: {
      allowedFraction: 0.001,
      allowedSeconds: 2592,
      consumedFraction: 0.28,
      remainingFraction: 0.72,
      consumedSeconds: 725.76,
      remainingSeconds: 1866.24,
    },
    burnRates: burnRates(
      0.999,
      [0.02, 0.009, 0.016, 0.0088, 0.0031, 0.0009, 0.0004],
    ),
    alerts: alerts({ '1h': { firing: true, heldByLowTraffic: false } }),
    lowTraffic: false,
    policy: { state: 'normal', meaning: 'normal development velocity' },
    series: buildSeries({
      end: MEASURED_AT,
      windowSeconds: 30 * DAY,
      sli: 0.99972,
      remaining: 0.72,
    }),
  },
};

/** svc-ledger latency over a calendar month: 81 % of the budget spent, feature freeze. */
export const ledgerLatency: ObjectiveReport = {
  key: 'component:default/svc-ledger#svc-ledger-latency#0',
  entityRef: 'component:default/svc-ledger',
  sloName: 'svc-ledger-latency',
  sloDisplayName: 'Ledger latency P99 under 200 ms',
  service: 'svc-ledger',
  objectiveIndex: 0,
  objectiveName: '99 % of requests under 200 ms',
  target: 0.99,
  indicator: 'ratio',
  budgetingMethod: 'Occurrences',
  environment: 'prod',
  window: calendarNovember,
  queries: {
    errorRatio:
      '1 - sum(rate(http_request_duration_seconds_bucket{service="svc-ledger",le="0.2"}[20d])) / sum(rate(http_request_duration_seconds_count{service="svc-ledger"}[20d]))',
  },
  dashboardUrl: 'https://grafana.localplus.test/d/svc-ledger-latency',
  status: 'ok',
  measurement: {
    sli: 0.99188,
    events: 8_100_000,
    budget: {
      allowedFraction: 0.01,
      allowedSeconds: 25920,
      consumedFraction: 0.812,
      remainingFraction: 0.188,
      consumedSeconds: 21047.04,
      remainingSeconds: 4872.96,
    },
    burnRates: burnRates(
      0.99,
      [0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01],
    ),
    alerts: alerts(),
    lowTraffic: false,
    policy: {
      state: 'freeze',
      meaning: 'feature freeze, reliability work first',
    },
    series: buildSeries({
      end: MEASURED_AT,
      windowSeconds: calendarNovember.elapsedSeconds,
      sli: 0.99188,
      remaining: 0.188,
    }),
  },
};

const snapshotTakenAt = DateTime.now().minus({ hours: 14 });

/** svc-wallet while Prometheus is down: only the last daily snapshot is known. */
export const walletAvailabilityInError: ObjectiveReport = {
  key: 'component:default/svc-wallet#svc-wallet-availability#0',
  entityRef: 'component:default/svc-wallet',
  sloName: 'svc-wallet-availability',
  sloDisplayName: 'Wallet availability',
  service: 'svc-wallet',
  objectiveIndex: 0,
  objectiveName: '99.9 % of wallet requests succeed',
  target: 0.999,
  indicator: 'ratio',
  budgetingMethod: 'Occurrences',
  environment: 'prod',
  window: rolling30Days,
  queries: {
    errorRatio:
      'sum(rate(http_requests_total{service="svc-wallet",code=~"5.."}[30d])) / sum(rate(http_requests_total{service="svc-wallet"}[30d]))',
  },
  runbookUrl: 'https://docs.localplus.test/runbooks/svc-wallet',
  status: 'error',
  error: 'Prometheus is unreachable',
  lastSnapshot: {
    day: snapshotTakenAt.toUTC().toISODate()!,
    takenAt: snapshotTakenAt.toUTC().toISO()!,
    sli: 0.99905,
    consumedFraction: 0.95,
    remainingFraction: 0.05,
    remainingSeconds: 129.6,
    state: 'emergency',
  },
};

/** A new service that has not received traffic in its window yet. */
export const loyaltyNoData: ObjectiveReport = {
  key: 'component:default/svc-loyalty#svc-loyalty-availability#0',
  entityRef: 'component:default/svc-loyalty',
  sloName: 'svc-loyalty-availability',
  sloDisplayName: 'Loyalty availability',
  service: 'svc-loyalty',
  objectiveIndex: 0,
  objectiveName: '99.5 % of requests succeed',
  target: 0.995,
  indicator: 'ratio',
  budgetingMethod: 'Occurrences',
  environment: 'prod',
  window: rolling30Days,
  queries: {
    errorRatio:
      'sum(rate(http_requests_total{service="svc-loyalty",code=~"5.."}[30d])) / sum(rate(http_requests_total{service="svc-loyalty"}[30d]))',
  },
  status: 'no-data',
  measurement: {
    sli: null,
    events: 0,
    budget: null,
    burnRates: [],
    alerts: alerts(),
    lowTraffic: true,
    policy: null,
  },
};
