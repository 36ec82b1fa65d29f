import { durationToSeconds } from '../openslo/durations';
import { removeDecimalNoise } from './decimalNoise';

/**
 * Multiwindow, multi-burn-rate alerting from the Google SRE workbook ("Alerting
 * on SLOs"). The long window makes an alert significant (it only fires once a
 * real share of the budget is gone); the short window, one twelfth of the long
 * one, lets the alert stop soon after the errors stop.
 */
export type BurnRateAlertWindow = {
  severity: 'page' | 'ticket';
  burnRate: number;
  longWindow: string;
  shortWindow: string;
  /** `gt` compares the burn rate with `>`; `>=` by default. */
  op?: 'gte' | 'gt';
  /** How long the condition must hold before the alert fires (the rule's `for:`). */
  alertAfter?: string;
  /** Notification target names, passed to Alertmanager as a label. */
  notificationTargets?: string[];
};

/**
 * What each alert of the workbook stands for, whatever the SLO window: the
 * share of the budget spent when it fires, and the burn rate it was written
 * for over 30 days (14.4x for 1h spends 2 % of 30 days, and so on).
 */
export const BURN_RATE_ALERT_POLICY = [
  { severity: 'page', budgetShare: 0.02, burnRate: 14.4 },
  { severity: 'page', budgetShare: 0.05, burnRate: 6 },
  { severity: 'ticket', budgetShare: 0.1, burnRate: 3 },
  { severity: 'ticket', budgetShare: 0.1, burnRate: 1 },
] as const;

/** Shorter windows hold too few scrapes for `rate()` to be steady. */
export const MIN_ALERT_WINDOW_SECONDS = 300;
const THIRTY_DAYS = 30 * 86400;
const UNITS: Array<[string, number]> = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/**
 * The alert table for an SLO window of `sloSeconds`. Each long window is the
 * workbook's scaled to the SLO window, so that every alert fires after the
 * same share of the budget (2 %, 5 %, 10 %, 10 %) with the workbook's burn
 * rates. Windows are at least 5 minutes and whole multiples of `stepSeconds`
 * (a minute, or the time slice, so that a window never cuts a slice); when
 * that lengthens a long window, its burn rate is lowered to keep the share
 * (never under 1, the rate that spends exactly the whole budget). Short
 * windows are a twelfth of the long one, rounded the same way, at most the
 * long window. For 30 days this is exactly the workbook table.
 */
export function burnRateAlertWindows(
  sloSeconds: number,
  stepSeconds = 60,
): BurnRateAlertWindow[] {
  if (!(sloSeconds > 0) || !(stepSeconds > 0)) {
    throw new RangeError('SLO window and step must be positive seconds');
  }
  const step = (seconds: number) => toStep(seconds, stepSeconds);
  return BURN_RATE_ALERT_POLICY.map(alert => {
    const spent = alert.budgetShare * sloSeconds;
    const long = step(Math.round(spent / alert.burnRate));
    const short = shortWindowSeconds(long, stepSeconds);
    return {
      severity: alert.severity,
      burnRate: Math.max(1, removeDecimalNoise(spent / long)),
      longWindow: secondsToWindow(long),
      shortWindow: secondsToWindow(short),
    };
  });
}

function toStep(seconds: number, stepSeconds: number): number {
  return (
    Math.ceil(Math.max(seconds, MIN_ALERT_WINDOW_SECONDS) / stepSeconds) *
    stepSeconds
  );
}

/** The short window of a long one: a twelfth of it, rounded up to a whole step, at least 5 minutes, at most the long window. */
export function shortWindowSeconds(
  longSeconds: number,
  stepSeconds = 60,
): number {
  return Math.min(longSeconds, toStep(longSeconds / 12, stepSeconds));
}

/** The workbook table for a 30-day SLO: page at 14.4x over 1h and 5m, ... */
export const BURN_RATE_ALERT_WINDOWS: readonly BurnRateAlertWindow[] =
  burnRateAlertWindows(THIRTY_DAYS);

/** Every window `alertWindows` read, shortest first: the recording rules to produce. */
export function errorRatioWindows(
  alertWindows: readonly BurnRateAlertWindow[],
): string[] {
  const seconds = new Map<number, string>();
  for (const w of alertWindows) {
    for (const window of [w.longWindow, w.shortWindow]) {
      seconds.set(durationToSeconds(window)!, window);
    }
  }
  return [...seconds.keys()].sort((a, b) => a - b).map(s => seconds.get(s)!);
}

/** The windows of the 30-day table: 5m, 30m, 1h, 2h, 6h, 1d, 3d. */
export const ERROR_RATIO_WINDOWS: readonly string[] = errorRatioWindows(
  BURN_RATE_ALERT_WINDOWS,
);

/**
 * Low-traffic guard: with few events one failure is a huge ratio, so an alert
 * only fires once the long window has seen at least `minimumEvents` events.
 */
export function hasEnoughEvents(
  eventsInLongWindow: number,
  minimumEvents: number,
): boolean {
  return eventsInLongWindow >= minimumEvents;
}

/** Seconds as a PromQL duration in the largest unit that divides them: 3600 is `1h`. */
export function secondsToWindow(seconds: number): string {
  const [unit, size] = UNITS.find(([, s]) => seconds % s === 0)!;
  return `${seconds / size}${unit}`;
}
