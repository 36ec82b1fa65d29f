import type { Config } from '@backstage/config';

export const SHARED_FETCH_SECONDS_KEY =
  'localplus.kubernetes.sharedFetchSeconds';
/** The Kubernetes tab asks again every 10 s; half of that keeps it fresh. */
export const DEFAULT_SHARED_FETCH_SECONDS = 5;
export const MAX_SHARED_FETCH_SECONDS = 60;

/**
 * How long one fetch answers the same question, in milliseconds; 0 leaves
 * Backstage's fetcher as it is. Fails startup with the key at fault.
 */
export function readSharedFetchMaxAgeMs(config: Config): number {
  const seconds =
    config.getOptionalNumber(SHARED_FETCH_SECONDS_KEY) ??
    DEFAULT_SHARED_FETCH_SECONDS;
  if (
    !Number.isFinite(seconds) ||
    seconds < 0 ||
    seconds > MAX_SHARED_FETCH_SECONDS
  ) {
    throw new Error(
      `${SHARED_FETCH_SECONDS_KEY} must be a number of seconds from 0 to ${MAX_SHARED_FETCH_SECONDS}, got ${seconds}`,
    );
  }
  return Math.round(seconds * 1000);
}
