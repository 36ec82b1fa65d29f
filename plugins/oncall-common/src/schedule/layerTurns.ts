import { wallClockMillis, wallClockToInstant } from '../rotation/localTime';
import type { RotationLayer } from '../rotation/types';
import { DAY_MS, HOUR_MS, WEEK_MS } from './instants';

/**
 * The turns of one layer. Turn n starts at `start + n x shiftLength` in the
 * rotation's time zone: weeks and days keep the wall clock (a weekly shift
 * from Monday 10:00 ends on Monday 10:00, 167 h or 169 h across a DST
 * change), hours are elapsed time, added after the days. Every boundary is
 * computed from `start`, never from the previous boundary, so a time that a
 * DST jump skipped on one day does not shift the turns after it.
 */
export interface LayerTurns {
  /** Epoch ms of the layer's first shift. */
  readonly firstStart: number;
  /** Epoch ms of the start of turn `n` (n >= 0). */
  boundary(n: number): number;
  /** The turn holding instant `at` (at >= firstStart). */
  turnAt(at: number): number;
}

/** The turns of `layer`, or undefined when it has no valid start or length. */
export function layerTurns(
  layer: RotationLayer,
  timeZone: string,
): LayerTurns | undefined {
  const wallStart = wallClockMillis(layer.start);
  const { weeks = 0, days = 0, hours = 0 } = layer.shiftLength;
  const nominal = weeks * WEEK_MS + days * DAY_MS + hours * HOUR_MS;
  if (wallStart === undefined || !(nominal > 0)) {
    return undefined;
  }
  const firstStart = wallClockToInstant(wallStart, timeZone);
  const wallDaysPerTurn = weeks * 7 + days;
  const boundary = (n: number) => {
    const dayPart =
      wallDaysPerTurn === 0
        ? firstStart
        : wallClockToInstant(
            wallStart + n * wallDaysPerTurn * DAY_MS,
            timeZone,
          );
    return dayPart + n * hours * HOUR_MS;
  };
  const turnAt = (at: number) => {
    // Jump by arithmetic, then step over the hour or so that DST changes
    // add or remove between the estimate and the real wall-clock boundary.
    let n = Math.max(0, Math.floor((at - firstStart) / nominal));
    while (n > 0 && boundary(n) > at) n--;
    while (boundary(n + 1) <= at) n++;
    return n;
  };
  return { firstStart, boundary, turnAt };
}
