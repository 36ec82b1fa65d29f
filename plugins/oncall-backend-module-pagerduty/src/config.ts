import { Config, readDurationFromConfig } from '@backstage/config';
import type { Severity } from '@localplus/plugin-oncall-common';
import { apiTokenSchema, httpBaseUrlSchema } from '@localplus/portal-node';
import { Duration, IANAZone } from 'luxon';
import { z } from 'zod';

export const CONFIG_KEY = 'oncall.pagerduty';

/** What the provider works with: checked, defaults applied. */
export interface PagerDutyProviderOptions {
  /** A PagerDuty REST API key (read-only is enough). Never logged. */
  token: string;
  /** Without a trailing slash. */
  baseUrl: string;
  /** For schedules whose own `time_zone` is missing or not an IANA name. */
  timeZone: string;
  requestTimeoutMs: number;
  /** Minutes within which a page must be acknowledged, per severity. */
  acknowledgeTargets: Partial<Record<Severity, number>>;
}

export const DEFAULT_BASE_URL = 'https://api.pagerduty.com';
export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const MAX_REQUEST_TIMEOUT_MS = 2 * 60_000;
/** The seeds' targets: P1 within 5 minutes, P2 within 15, P3 within the hour. */
export const DEFAULT_ACKNOWLEDGE_TARGETS: Partial<Record<Severity, number>> = {
  P1: 5,
  P2: 15,
  P3: 60,
};

const token = apiTokenSchema(256);
const baseUrl = httpBaseUrlSchema('token');

const timeZone = z
  .string({ error: 'must be a string' })
  .refine(
    value => IANAZone.isValidZone(value),
    'must be an IANA time zone such as America/New_York',
  );

const minutes = z
  .number({ error: 'must be a number of minutes' })
  .int('must be a whole number of minutes')
  .min(1, 'must be at least 1 minute')
  .max(7 * 24 * 60, 'must be at most a week (10080 minutes)');

const configSchema = z.strictObject({
  token: token.optional(),
  baseUrl: baseUrl.optional(),
  timeZone: timeZone.optional(),
  requestTimeout: z
    .number()
    .min(1, 'must be at least 1 ms')
    .max(MAX_REQUEST_TIMEOUT_MS, 'must be at most 2 minutes')
    .optional(),
  acknowledgeTargets: z
    .strictObject({
      P1: minutes.optional(),
      P2: minutes.optional(),
      P3: minutes.optional(),
      P4: minutes.optional(),
    })
    .optional(),
});

function invalid(details: string): Error {
  return new Error(`Invalid ${CONFIG_KEY} config: ${details}`);
}

/** `requestTimeout` as Backstage reads durations: `10s`, `PT30S`, `{ seconds: 30 }`. */
function readTimeoutMs(settings: Config): number | undefined {
  if (!settings.has('requestTimeout')) {
    return undefined;
  }
  try {
    const duration = readDurationFromConfig(settings, {
      key: 'requestTimeout',
    });
    return Duration.fromObject(duration).as('milliseconds');
  } catch (error) {
    throw invalid(`${CONFIG_KEY}.requestTimeout: ${(error as Error).message}`);
  }
}

/**
 * The provider's options from `oncall.pagerduty`, or undefined when no token
 * is configured (the provider is then off). A value out of bounds stops the
 * backend with a message naming the key, never the token's value.
 */
export function readPagerDutyConfig(
  config: Config,
): PagerDutyProviderOptions | undefined {
  const settings = config.getOptionalConfig(CONFIG_KEY);
  if (!settings) {
    return undefined;
  }
  const parsed = configSchema.safeParse({
    ...settings.get<Record<string, unknown>>(),
    requestTimeout: readTimeoutMs(settings),
  });
  if (!parsed.success) {
    const details = parsed.error.issues
      .map(issue => {
        const key = [CONFIG_KEY, ...issue.path.map(String)].join('.');
        return issue.code === 'unrecognized_keys'
          ? `${key}: unknown key ${issue.keys.join(', ')}`
          : `${key}: ${issue.message}`;
      })
      .join('; ');
    throw invalid(details);
  }
  const values = parsed.data;
  if (!values.token) {
    return undefined;
  }
  return {
    token: values.token,
    baseUrl: values.baseUrl ?? DEFAULT_BASE_URL,
    timeZone: values.timeZone ?? DEFAULT_TIME_ZONE,
    requestTimeoutMs: values.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT_MS,
    acknowledgeTargets:
      values.acknowledgeTargets ?? DEFAULT_ACKNOWLEDGE_TARGETS,
  };
}
