import { SyntheticSeries } from '@localplus/server-kit';
import { z } from 'zod';
import { loadDataFile } from '../dataFiles';
import { seeded } from '../dataset/random';

const ratio = z.number().min(0).max(1);
const trafficSchema = z.object({
  historyDays: z.number().int().min(1),
  backfill: z.object({
    stepSeconds: z.number().int().min(1),
    recentDays: z.number().min(0),
    recentStepSeconds: z.number().int().min(1),
  }),
  dailySwing: z.object({
    amplitude: ratio,
    peakHourUtc: z.number().min(0).max(24),
  }),
  services: z.array(
    z.object({
      service: z.string().min(1),
      state: z.enum(['healthy', 'burning-fast', 'feature-freeze']),
      requestsPerSecond: z.number().positive(),
      errorRatio: ratio,
      slowRatio: ratio,
      incident: z
        .object({
          startsSecondsBeforeNow: z.number().min(0),
          errorRatio: ratio,
        })
        .optional(),
    }),
  ),
  probes: z.array(
    z.object({ target: z.string().min(1), downOneMinuteIn: z.number().min(1) }),
  ),
  tlsProbes: z.array(
    z.object({
      instance: z.url({ protocol: /^https$/ }),
      version: z.string().regex(/^TLS 1\.[0-3]$/, 'must be TLS 1.0 to TLS 1.3'),
    }),
  ),
});

const TRAFFIC = loadDataFile('traffic.yaml', trafficSchema);

/** How much history the dev Prometheus holds: the SLOs' rolling 30 days. */
export const LOCALPLUS_HISTORY_DAYS = TRAFFIC.historyDays;

export const LOCALPLUS_BACKFILL = TRAFFIC.backfill;

/** The services and the story their metrics tell, relative to the moment `now`. */
export const LOCALPLUS_TRAFFIC_SCENARIOS = TRAFFIC.services;

/** Blackbox-style probes of the platform, each down for a few scattered minutes. */
export const LOCALPLUS_PROBE_SCENARIOS = TRAFFIC.probes;

/** Blackbox-style TLS probes of the public endpoints and the version each negotiates. */
export const LOCALPLUS_TLS_PROBES = TRAFFIC.tlsProbes;

const DAY_SECONDS = 86_400;
const OMEGA = (2 * Math.PI) / DAY_SECONDS;

/** Counters start from 0 at `origin` (epoch seconds); the rate swings between mean × (1 ± amplitude). */
export type DailyTraffic = z.infer<typeof trafficSchema>['dailySwing'] & {
  origin: number;
  meanPerSecond: number;
};

/**
 * Requests served from `origin` to `t`: the integral of
 * mean × (1 + amplitude × sin(phase)), 0 before the origin. Closed-form, so
 * that a counter is exact (no accumulated sampling error) and identical
 * whether backfilled, scraped live or recomputed by a test. The phase is
 * reduced modulo one day first: the cosine of a raw epoch (about 1e5
 * radians) would lose digits that the small error counters need.
 */
export function requestsUntil(traffic: DailyTraffic, t: number): number {
  const { origin, meanPerSecond, amplitude, peakHourUtc } = traffic;
  const phase = (at: number) =>
    OMEGA * ((at - (peakHourUtc - 6) * 3600) % DAY_SECONDS);
  const end = Math.max(t, origin);
  const swing =
    (amplitude * (Math.cos(phase(origin)) - Math.cos(phase(end)))) / OMEGA;
  return meanPerSecond * (end - origin + swing);
}

/**
 * Requests of one kind (5xx, slow) served until `t` when their share of all
 * requests changes by phases (sorted by `from`, epoch seconds): each phase
 * counts its share of the requests served until the next phase's start.
 */
function requestsOfKindUntil(
  traffic: DailyTraffic,
  phases: ReadonlyArray<{ from: number; share: number }>,
  t: number,
): number {
  return phases.reduce((count, phase, i) => {
    const from = Math.max(phase.from, traffic.origin);
    const to = Math.min(phases[i + 1]?.from ?? Infinity, t);
    return to > from
      ? count +
          phase.share *
            (requestsUntil(traffic, to) - requestsUntil(traffic, from))
      : count;
  }, 0);
}

function serviceSeries(
  scenario: (typeof TRAFFIC.services)[number],
  now: number,
  origin: number,
): SyntheticSeries[] {
  const traffic = {
    origin,
    meanPerSecond: scenario.requestsPerSecond,
    ...TRAFFIC.dailySwing,
  };
  const { incident, service } = scenario;
  const errorPhases = [{ from: origin, share: scenario.errorRatio }];
  if (incident) {
    const from = now - incident.startsSecondsBeforeNow;
    errorPhases.push({ from, share: incident.errorRatio });
  }
  const slowPhases = [{ from: origin, share: scenario.slowRatio }];
  const total = (t: number) => requestsUntil(traffic, t);
  const errors = (t: number) => requestsOfKindUntil(traffic, errorPhases, t);
  const fast = (t: number) =>
    total(t) - requestsOfKindUntil(traffic, slowPhases, t);
  const series = (
    metric: string,
    labels: Record<string, string>,
    valueAt: (t: number) => number,
  ) => ({ metric, labels: { service, ...labels }, valueAt });
  return [
    series('http_requests_total', { status: '200' }, t => total(t) - errors(t)),
    series('http_requests_total', { status: '500' }, errors),
    // The latency bucket the OpenSLO latency objectives count as good.
    series('http_request_duration_seconds_bucket', { le: '0.2' }, fast),
    series('http_request_duration_seconds_bucket', { le: '+Inf' }, total),
    series('http_request_duration_seconds_count', {}, total),
  ];
}

/**
 * Counters start at 0 thirty days before `now` (epoch seconds), so that
 * `increase(...[30d])` at `now` is the whole history; the story is placed
 * relative to `now`, so a dev stack started at any time shows the same states.
 */
export function localplusTraffic(now: number): SyntheticSeries[] {
  const origin = now - LOCALPLUS_HISTORY_DAYS * DAY_SECONDS;
  return [
    ...LOCALPLUS_TRAFFIC_SCENARIOS.flatMap(s => serviceSeries(s, now, origin)),
    // 1 or 0 per whole minute, drawn from the minute's number: the backfill,
    // the live endpoint and a test all agree on which minutes failed.
    ...LOCALPLUS_PROBE_SCENARIOS.map(probe => ({
      metric: 'probe_success',
      labels: { target: probe.target },
      valueAt: (t: number) =>
        seeded('probe', probe.target, Math.floor(t / 60)).next() <
        1 / probe.downOneMinuteIn
          ? 0
          : 1,
    })),
    // An info metric: 1 for the version negotiated, as the blackbox exporter
    // exposes it; the instance is the probed URL, kept when scraped.
    ...LOCALPLUS_TLS_PROBES.map(probe => ({
      metric: 'probe_tls_version_info',
      labels: { instance: probe.instance, version: probe.version },
      valueAt: () => 1,
    })),
  ];
}
