/**
 * Closed-form request counts, so that a counter's value at any moment is
 * exact (no accumulated sampling error) and identical whether it is
 * backfilled, scraped live or recomputed by a test.
 */

const DAY_SECONDS = 86_400;
const OMEGA = (2 * Math.PI) / DAY_SECONDS;

export interface DailyTraffic {
  /** Epoch seconds at which the counters start from 0. */
  origin: number;
  /** Mean requests per second over a day. */
  meanPerSecond: number;
  /** Relative daily swing: the rate moves between mean × (1 ± amplitude). */
  amplitude: number;
  /** UTC hour at which the rate peaks. */
  peakHourUtc: number;
}

/**
 * The phase of `t` in the daily cycle, reduced modulo one day first: the
 * cosine of a raw epoch (about 1e5 radians) would lose digits that the
 * small error counters need.
 */
function cyclePhase(traffic: DailyTraffic, t: number): number {
  const peakOffset = (traffic.peakHourUtc - 6) * 3600;
  return OMEGA * ((t - peakOffset) % DAY_SECONDS);
}

/**
 * Requests served from `origin` to `t`: the integral of
 * mean × (1 + amplitude × sin(phase)), 0 before the origin.
 */
export function requestsUntil(traffic: DailyTraffic, t: number): number {
  const { origin, meanPerSecond, amplitude } = traffic;
  const end = Math.max(t, origin);
  const swing =
    (amplitude *
      (Math.cos(cyclePhase(traffic, origin)) -
        Math.cos(cyclePhase(traffic, end)))) /
    OMEGA;
  return meanPerSecond * (end - origin + swing);
}

/** From `from` (epoch seconds) on, `share` of the requests are of a kind. */
export interface SharePhase {
  from: number;
  share: number;
}

/**
 * Requests of one kind (5xx, slow) served until `t` when their share of all
 * requests changes by phases: each phase counts its share of the requests
 * served between its start and the next phase's. Phases must be sorted.
 */
export function requestsOfKindUntil(
  traffic: DailyTraffic,
  phases: readonly SharePhase[],
  t: number,
): number {
  let count = 0;
  for (let i = 0; i < phases.length; i++) {
    const from = Math.max(phases[i].from, traffic.origin);
    const to = Math.min(phases[i + 1]?.from ?? Infinity, t);
    if (to > from) {
      count +=
        phases[i].share *
        (requestsUntil(traffic, to) - requestsUntil(traffic, from));
    }
  }
  return count;
}
