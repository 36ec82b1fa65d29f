import type { Config } from '@backstage/config';
import { Duration } from 'luxon';
import { readDurationSetting } from './readDurationSetting';

/** The on-call core's settings; paging reads its own (`oncall.pages`, `oncall.calendar`). */
export interface OnCallBackendConfig {
  /** How often every provider is read again. */
  refreshInterval: Duration;
  /** Weeks the coverage audit looks ahead when the request does not say. */
  coverageWeeks: number;
}

export const DEFAULT_REFRESH_INTERVAL = Duration.fromObject({ minutes: 5 });
export const DEFAULT_COVERAGE_WEEKS = 4;
export const MAX_COVERAGE_WEEKS = 12;
const MIN_REFRESH_SECONDS = 30;
const MAX_REFRESH_SECONDS = 86_400;

function readRefreshInterval(config: Config): Duration {
  return readDurationSetting(config, 'oncall.refreshInterval', {
    defaultValue: DEFAULT_REFRESH_INTERVAL,
    minSeconds: MIN_REFRESH_SECONDS,
    maxSeconds: MAX_REFRESH_SECONDS,
    inWords: `from ${MIN_REFRESH_SECONDS} seconds to 1 day`,
  });
}

function readCoverageWeeks(config: Config): number {
  const key = 'oncall.coverageWeeks';
  const weeks = config.getOptionalNumber(key) ?? DEFAULT_COVERAGE_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_COVERAGE_WEEKS) {
    throw new Error(
      `${key} must be a whole number from 1 to ${MAX_COVERAGE_WEEKS}, got ${weeks}`,
    );
  }
  return weeks;
}

/** Reads `oncall.refreshInterval` and `oncall.coverageWeeks`, failing startup with the key at fault. */
export function readOnCallBackendConfig(config: Config): OnCallBackendConfig {
  return {
    refreshInterval: readRefreshInterval(config),
    coverageWeeks: readCoverageWeeks(config),
  };
}
