/**
 * Multiwindow, multi-burn-rate alerting from the Google SRE workbook ("Alerting
 * on SLOs"). The long window makes an alert significant (it only fires once a
 * real share of the budget is gone); the short window, one twelfth of the long
 * one, lets the alert stop soon after the errors stop.
 *
 * The factors assume a 30-day budget: 14.4x for 1h spends 2 % of it, 6x for 6h
 * spends 5 %, 3x for 1d spends 10 %, 1x for 3d spends 10 %.
 */
export type BurnRateAlertWindow = {
  severity: 'page' | 'ticket';
  burnRate: number;
  longWindow: string;
  shortWindow: string;
};

export const BURN_RATE_ALERT_WINDOWS: readonly BurnRateAlertWindow[] = [
  { severity: 'page', burnRate: 14.4, longWindow: '1h', shortWindow: '5m' },
  { severity: 'page', burnRate: 6, longWindow: '6h', shortWindow: '30m' },
  { severity: 'ticket', burnRate: 3, longWindow: '1d', shortWindow: '2h' },
  { severity: 'ticket', burnRate: 1, longWindow: '3d', shortWindow: '6h' },
];

/** Every window the alerts read, shortest first: the recording rules to produce. */
export const ERROR_RATIO_WINDOWS: readonly string[] = [
  '5m',
  '30m',
  '1h',
  '2h',
  '6h',
  '1d',
  '3d',
];

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
