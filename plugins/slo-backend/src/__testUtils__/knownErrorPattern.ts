import {
  startPrometheus,
  type RunningPrometheus,
  type SyntheticSeries,
} from '@localplus/server-kit';

/**
 * A dataset whose every SLO figure can be worked out by hand. Times are epoch
 * seconds; `end` is the evaluation time and every window edge falls on a
 * sample, so Prometheus needs no extrapolation and ratios are exact.
 *
 * svc-known, 10 requests/s for 32 days:
 *   - 5xx: 0.05 % of requests, then 2 % during the last hour;
 *   - latency: 0.8 % of requests slower than 200 ms, all along.
 * svc-quiet, 0.01 requests/s (36 an hour): no errors, then 50 % 5xx during
 *   the last hour; too little traffic for the 1h window to page.
 * platform probe: up, except down for the 30 minutes from end - 2d.
 */
export const STEP_SECONDS = 60;
export const HISTORY_DAYS = 32;
export const BURST_SECONDS = 3600;
const COUNTER_OFFSET = 1_000_000;

/** An hour boundary at least an hour in the past, so the history ends by now. */
export function patternEnd(now = Date.now()): number {
  return Math.floor(now / 1000 / 3600) * 3600 - 3600;
}

/** The integral of a rate that is `before` until `switchAt`, then `after`. */
function stepIntegral(
  start: number,
  switchAt: number,
  before: number,
  after: number,
): (t: number) => number {
  return t =>
    t <= switchAt
      ? before * (t - start)
      : before * (switchAt - start) + after * (t - switchAt);
}

function counter(
  metric: string,
  labels: Record<string, string>,
  count: (t: number) => number,
): SyntheticSeries {
  return { metric, labels, valueAt: t => COUNTER_OFFSET + count(t) };
}

export function knownPatternSeries(end: number): SyntheticSeries[] {
  const start = end - HISTORY_DAYS * 86400;
  const burstStart = end - BURST_SECONDS;
  const known = { service: 'svc-known' };
  const quiet = { service: 'svc-quiet' };
  const knownErrors = stepIntegral(start, burstStart, 10 * 0.0005, 10 * 0.02);
  const quietErrors = stepIntegral(start, burstStart, 0, 0.01 * 0.5);
  const probeDownFrom = end - 2 * 86400;
  return [
    counter(
      'http_requests_total',
      { ...known, status: '200' },
      t => 10 * (t - start) - knownErrors(t),
    ),
    counter('http_requests_total', { ...known, status: '500' }, knownErrors),
    counter(
      'http_request_duration_seconds_bucket',
      { ...known, le: '0.2' },
      t => 10 * 0.992 * (t - start),
    ),
    counter(
      'http_request_duration_seconds_count',
      known,
      t => 10 * (t - start),
    ),
    counter(
      'http_requests_total',
      { ...quiet, status: '200' },
      t => 0.01 * (t - start) - quietErrors(t),
    ),
    counter('http_requests_total', { ...quiet, status: '500' }, quietErrors),
    {
      metric: 'probe_success',
      labels: { target: 'known-platform' },
      valueAt: t => (t >= probeDownFrom && t < probeDownFrom + 1800 ? 0 : 1),
    },
  ];
}

/** The OpenSLO documents measured over the pattern. */
export const KNOWN_PATTERN_DOCUMENTS = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: known-availability
  displayName: Known availability
  annotations:
    localplus.io/runbook-url: https://docs.example/runbooks/known
spec:
  service: svc-known
  indicator:
    metadata:
      name: known-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-known",status=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-known"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99.9 % of requests succeed
      target: 0.999
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: known-latency
spec:
  service: svc-known
  indicator:
    metadata:
      name: known-under-200ms
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_request_duration_seconds_bucket{service="svc-known",le="0.2"}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_request_duration_seconds_count{service="svc-known"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: 99 % of requests under 200 ms
      target: 0.99
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: known-probe
spec:
  service: svc-known
  indicator:
    metadata:
      name: known-probe-up
    spec:
      thresholdMetric:
        metricSource:
          type: Prometheus
          spec:
            query: probe_success{target="known-platform"}
  timeWindow:
    - duration: 7d
      isRolling: true
  budgetingMethod: Timeslices
  objectives:
    - displayName: probe up 99.5 % of minutes
      op: gte
      value: 1
      target: 0.995
      timeSliceTarget: 1
      timeSliceWindow: 1m
`;

export const QUIET_PATTERN_DOCUMENTS = `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: quiet-availability
spec:
  service: svc-quiet
  indicator:
    metadata:
      name: quiet-non-5xx
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-quiet",status=~"5.."}[{{window}}])
        total:
          metricSource:
            type: Prometheus
            spec:
              query: rate(http_requests_total{service="svc-quiet"}[{{window}}])
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
`;

/**
 * svc-known's availability budgeted by the good share of each 5-minute slice
 * (RatioTimeslices), written as OpenSLO's examples write queries: raw
 * counters under counter: true, an SLI document named by indicatorRef.
 */
export const SLICED_PATTERN_DOCUMENTS = `
- apiVersion: openslo/v1
  kind: SLI
  metadata:
    name: known-non-5xx-counters
  spec:
    ratioMetric:
      counter: true
      bad:
        metricSource:
          type: Prometheus
          spec:
            query: sum(http_requests_total{service="svc-known",status=~"5.."})
      total:
        metricSource:
          type: Prometheus
          spec:
            query: sum(http_requests_total{service="svc-known"})
- apiVersion: openslo/v1
  kind: SLO
  metadata:
    name: known-good-share-per-slice
  spec:
    service: svc-sliced
    indicatorRef: known-non-5xx-counters
    timeWindow:
      - duration: 30d
        isRolling: true
    budgetingMethod: RatioTimeslices
    objectives:
      - target: 0.999
        timeSliceWindow: 5m
`;

/** A real Prometheus holding the pattern's history, ending at `end` (seconds). */
export function startKnownPatternPrometheus(
  end: number,
): Promise<RunningPrometheus> {
  return startPrometheus({
    history: {
      series: knownPatternSeries(end),
      start: end - HISTORY_DAYS * 86400,
      end,
      stepSeconds: STEP_SECONDS,
    },
  });
}
