import type { Config } from '@backstage/config';

/** What the routes read from `compliance.*`. */
export interface RouteSettings {
  /** The longest audit period the API answers for, in days. */
  maxPeriodDays: number;
  /** The furthest an exemption may expire, in days from when it is asked for. */
  maxExemptionDays: number;
  /** The system the assessment is about, as the export names it. */
  system: { title: string; version: string };
}

export const DEFAULT_ROUTE_SETTINGS: RouteSettings = {
  maxPeriodDays: 366,
  maxExemptionDays: 365,
  system: { title: 'LOCAL-PLUS platform', version: '1' },
};

/** Ten years: past this a period or an expiry is a typo, not a policy. */
const MAX_DAYS = 3660;

function days(config: Config | undefined, key: string, fallback: number) {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_DAYS) {
    throw new Error(
      `compliance.${key} must be a whole number of days from 1 to ${MAX_DAYS}, got ${value}`,
    );
  }
  return value;
}

function text(config: Config | undefined, key: string, fallback: string) {
  const value = config?.getOptionalString(key) ?? fallback;
  if (value.trim().length === 0 || value.length > 200) {
    throw new Error(
      `compliance.${key} must be a name of 1 to 200 characters, got "${value}"`,
    );
  }
  return value;
}

/** Reads the routes' settings, failing startup with the key at fault. */
export function readRouteSettings(root: Config): RouteSettings {
  const config = root.getOptionalConfig('compliance');
  const defaults = DEFAULT_ROUTE_SETTINGS;
  return {
    maxPeriodDays: days(config, 'maxPeriodDays', defaults.maxPeriodDays),
    maxExemptionDays: days(
      config,
      'maxExemptionDays',
      defaults.maxExemptionDays,
    ),
    system: {
      title: text(config, 'system.title', defaults.system.title),
      version: text(config, 'system.version', defaults.system.version),
    },
  };
}
