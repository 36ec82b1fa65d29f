import { SyntheticSeries } from '@localplus/server-kit';
import { seeded } from '../dataset/seededRandom';
import {
  DailyTraffic,
  requestsOfKindUntil,
  requestsUntil,
  SharePhase,
} from './requestModel';

/** How much history the dev Prometheus holds: the SLOs' rolling 30 days. */
export const LOCALPLUS_HISTORY_DAYS = 30;

export type TrafficState = 'healthy' | 'burning-fast' | 'feature-freeze';

/** The story one service's metrics tell, relative to the moment `now`. */
export interface ServiceTrafficScenario {
  service: string;
  state: TrafficState;
  /** What the SLO pages should show, in words. */
  description: string;
  /** Mean requests per second; the rate swings ±20 % over the day. */
  requestsPerSecond: number;
  /** Share of requests answered 5xx. */
  errorRatio: number;
  /** A later, higher 5xx share that starts before `now` and goes on live. */
  incident?: { startsSecondsBeforeNow: number; errorRatio: number };
  /** Share of requests slower than 200 ms. */
  slowRatio: number;
}

/**
 * The LOCAL-PLUS services and their intended SLO states. Budgets are those
 * of the catalog's OpenSLO documents: 99.9 % non-5xx and 99 % under 200 ms,
 * over a rolling 30 days. Budget consumed = ratio / (1 - target).
 */
export const LOCALPLUS_TRAFFIC_SCENARIOS: readonly ServiceTrafficScenario[] = [
  {
    service: 'svc-ledger',
    state: 'healthy',
    description:
      'healthy: 0.02 % 5xx (20 % of the availability budget), 0.3 % slower than 200 ms (30 % of the latency budget)',
    requestsPerSecond: 4,
    errorRatio: 0.0002,
    slowRatio: 0.003,
  },
  {
    service: 'svc-wallet',
    state: 'burning-fast',
    description:
      'burning fast: 0.03 % 5xx, then 2 % for the last 2 hours and still going: 1h and 5m burn rates 20x (page), 6h above 6x (ticket)',
    requestsPerSecond: 3,
    errorRatio: 0.0003,
    incident: { startsSecondsBeforeNow: 2 * 3600, errorRatio: 0.02 },
    slowRatio: 0.001,
  },
  {
    service: 'svc-giftcard',
    state: 'feature-freeze',
    description:
      'feature freeze: a steady 0.08 % 5xx has consumed 80 % of the availability budget, no alert fires',
    requestsPerSecond: 1.5,
    errorRatio: 0.0008,
    slowRatio: 0.001,
  },
  {
    service: 'svc-merchant',
    state: 'healthy',
    description: 'healthy: 0.01 % 5xx (10 % of the budget)',
    requestsPerSecond: 2,
    errorRatio: 0.0001,
    slowRatio: 0.001,
  },
  {
    service: 'svc-notification',
    state: 'healthy',
    description: 'healthy: 0.01 % 5xx (10 % of the budget)',
    requestsPerSecond: 2.5,
    errorRatio: 0.0001,
    slowRatio: 0.001,
  },
];

/** Blackbox-style probes of the platform, each down for a few scattered minutes. */
export interface ProbeScenario {
  target: string;
  /** Share of minutes the probe fails; the objective is 99.5 %. */
  downShare: number;
}

export const LOCALPLUS_PROBE_SCENARIOS: readonly ProbeScenario[] = [
  // About 36 minutes a month: 17 % of a 99.5 % budget.
  { target: 'argocd-server', downShare: 1 / 1200 },
  // About 18 minutes a month.
  { target: 'prometheus', downShare: 1 / 2400 },
];

/** The latency bucket the OpenSLO latency objectives count as good. */
export const LATENCY_THRESHOLD_LABEL = '0.2';

// Swing of ±20 %: enough to look like a day, small enough that svc-wallet's
// 6h burn rate stays above 6x whatever the time of day of `now`.
const DAILY_AMPLITUDE = 0.2;
const PEAK_HOUR_UTC = 14;

function serviceSeries(
  scenario: ServiceTrafficScenario,
  now: number,
  origin: number,
): SyntheticSeries[] {
  const traffic: DailyTraffic = {
    origin,
    meanPerSecond: scenario.requestsPerSecond,
    amplitude: DAILY_AMPLITUDE,
    peakHourUtc: PEAK_HOUR_UTC,
  };
  const errorPhases: SharePhase[] = [
    { from: origin, share: scenario.errorRatio },
  ];
  if (scenario.incident) {
    errorPhases.push({
      from: now - scenario.incident.startsSecondsBeforeNow,
      share: scenario.incident.errorRatio,
    });
  }
  const slowPhases: SharePhase[] = [
    { from: origin, share: scenario.slowRatio },
  ];
  const total = (t: number) => requestsUntil(traffic, t);
  const errors = (t: number) => requestsOfKindUntil(traffic, errorPhases, t);
  const slow = (t: number) => requestsOfKindUntil(traffic, slowPhases, t);
  const service = scenario.service;
  return [
    {
      metric: 'http_requests_total',
      labels: { service, status: '200' },
      valueAt: t => total(t) - errors(t),
    },
    {
      metric: 'http_requests_total',
      labels: { service, status: '500' },
      valueAt: errors,
    },
    {
      metric: 'http_request_duration_seconds_bucket',
      labels: { service, le: LATENCY_THRESHOLD_LABEL },
      valueAt: t => total(t) - slow(t),
    },
    {
      metric: 'http_request_duration_seconds_bucket',
      labels: { service, le: '+Inf' },
      valueAt: total,
    },
    {
      metric: 'http_request_duration_seconds_count',
      labels: { service },
      valueAt: total,
    },
  ];
}

/**
 * 1 or 0 per whole minute, drawn from the minute's number: the backfill, the
 * live endpoint and a test all agree on which minutes failed.
 */
function probeSeries(probe: ProbeScenario): SyntheticSeries {
  return {
    metric: 'probe_success',
    labels: { target: probe.target },
    valueAt: t =>
      seeded('probe', probe.target, Math.floor(t / 60)).next() < probe.downShare
        ? 0
        : 1,
  };
}

/**
 * The LOCAL-PLUS traffic as exact functions of time, for the 30 days ending
 * at `now` (epoch seconds) and on after it: counters start at 0 thirty days
 * before `now`, so `increase(...[30d])` at `now` is the whole history. The
 * story (see LOCALPLUS_TRAFFIC_SCENARIOS) is placed relative to `now`, so a
 * dev stack started at any time shows the same states.
 */
export function localplusTraffic(now: number): SyntheticSeries[] {
  const origin = now - LOCALPLUS_HISTORY_DAYS * 86_400;
  return [
    ...LOCALPLUS_TRAFFIC_SCENARIOS.flatMap(scenario =>
      serviceSeries(scenario, now, origin),
    ),
    ...LOCALPLUS_PROBE_SCENARIOS.map(probeSeries),
  ];
}
