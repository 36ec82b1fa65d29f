/**
 * OpenSLO writes durations as `{amount}{unit}` shorthand. Only the units that
 * have a fixed length in seconds are converted here; `M`, `Q` and `Y` depend on
 * the calendar and are only accepted where a calendar window is meant.
 */
const SECONDS_PER_UNIT: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
};

// Up to nine digits: enough for a month in seconds (`2678400s`), the form
// the SLO backend uses for the elapsed part of a calendar window.
const FIXED_DURATION = /^([1-9]\d{0,8})([smhdw])$/;

/** Seconds in a fixed-length shorthand such as `5m` or `30d`, else undefined. */
export function durationToSeconds(shorthand: string): number | undefined {
  const match = FIXED_DURATION.exec(shorthand);
  if (!match) {
    return undefined;
  }
  return Number(match[1]) * SECONDS_PER_UNIT[match[2]];
}

/** The shortest and longest rolling windows we accept for an SLO. */
export const MIN_ROLLING_WINDOW_SECONDS = 86400;
export const MAX_ROLLING_WINDOW_SECONDS = 90 * 86400;
