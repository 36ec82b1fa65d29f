import { Config, readDurationFromConfig } from '@backstage/config';
import { z } from 'zod';
import {
  describeIssues,
  environmentsSchema,
  PrometheusMetricSourceOptions,
  timeoutMsSchema,
} from './options';

export const CONFIG_KEY = 'slo.prometheus';

type HumanDuration = ReturnType<typeof readDurationFromConfig>;

const DAY_MS = 24 * 60 * 60 * 1000;
const UNIT_MS: Record<keyof HumanDuration, number> = {
  years: 365.25 * DAY_MS,
  months: 30 * DAY_MS,
  weeks: 7 * DAY_MS,
  days: DAY_MS,
  hours: 60 * 60 * 1000,
  minutes: 60 * 1000,
  seconds: 1000,
  milliseconds: 1,
};

function toMilliseconds(duration: HumanDuration): number {
  return Object.entries(duration).reduce(
    (sum, [unit, amount]) =>
      sum + (amount ?? 0) * UNIT_MS[unit as keyof HumanDuration],
    0,
  );
}

const configSchema = z.object({
  environments: environmentsSchema,
  timeout: timeoutMsSchema.optional(),
});

function invalid(details: string): Error {
  return new Error(`Invalid ${CONFIG_KEY} config: ${details}`);
}

/**
 * The Prometheus options from `slo.prometheus`, or undefined when that key is
 * absent. Throws an error naming the offending key, so that a bad URL or an
 * empty environment list stops the backend at startup rather than on the
 * first query.
 */
export function readPrometheusConfig(
  config: Config,
): PrometheusMetricSourceOptions | undefined {
  const settings = config.getOptionalConfig(CONFIG_KEY);
  if (!settings) {
    return undefined;
  }

  let timeout: number | undefined;
  if (settings.has('timeout')) {
    try {
      timeout = toMilliseconds(
        readDurationFromConfig(settings, { key: 'timeout' }),
      );
    } catch (error) {
      throw invalid(`${CONFIG_KEY}.timeout: ${(error as Error).message}`);
    }
  }

  const parsed = configSchema.safeParse({
    environments: settings.getOptional('environments'),
    timeout,
  });
  if (!parsed.success) {
    throw invalid(describeIssues(parsed.error, CONFIG_KEY));
  }
  return {
    environments: parsed.data.environments,
    timeoutMs: parsed.data.timeout,
  };
}
