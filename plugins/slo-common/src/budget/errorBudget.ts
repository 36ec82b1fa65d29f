import { removeDecimalNoise } from './decimalNoise';

export type ErrorBudget = {
  /** Share of events (or time) allowed to be bad, e.g. 0.001 for 99.9 %. */
  allowedErrorFraction: number;
  /** The same budget as bad seconds over the window, e.g. 2592 for 99.9 % over 30 days. */
  allowedBadSeconds: number;
};

function assertTarget(target: number) {
  if (!(target > 0 && target < 1)) {
    throw new RangeError(`target must be between 0 and 1, got ${target}`);
  }
}

/** The error budget of an objective over a window. */
export function errorBudget(
  target: number,
  windowSeconds: number,
): ErrorBudget {
  assertTarget(target);
  if (!(windowSeconds > 0) || !Number.isFinite(windowSeconds)) {
    throw new RangeError(
      `windowSeconds must be positive, got ${windowSeconds}`,
    );
  }
  const allowedErrorFraction = removeDecimalNoise(1 - target);
  return {
    allowedErrorFraction,
    allowedBadSeconds: removeDecimalNoise(allowedErrorFraction * windowSeconds),
  };
}

/**
 * Share of the budget already spent, given the SLI measured so far in the
 * window (good / total). 0 means untouched, 1 means exhausted; it can exceed 1.
 */
export function budgetConsumed(sli: number, target: number): number {
  assertTarget(target);
  if (!(sli >= 0 && sli <= 1)) {
    throw new RangeError(`sli must be between 0 and 1, got ${sli}`);
  }
  return removeDecimalNoise(
    removeDecimalNoise(1 - sli) / removeDecimalNoise(1 - target),
  );
}

/**
 * How many times faster than "exactly on budget" errors are arriving. A burn
 * rate of 1 spends the whole budget in exactly one window.
 */
export function burnRate(errorRatio: number, target: number): number {
  assertTarget(target);
  if (!(errorRatio >= 0 && errorRatio <= 1)) {
    throw new RangeError(
      `errorRatio must be between 0 and 1, got ${errorRatio}`,
    );
  }
  return removeDecimalNoise(errorRatio / removeDecimalNoise(1 - target));
}
