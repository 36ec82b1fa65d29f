import { Config, readDurationFromConfig } from '@backstage/config';
import { Duration } from 'luxon';

/** `{ hours: 6 }`: Backstage's HumanDuration, named through the config reader that returns it. */
export type HumanDuration = ReturnType<typeof readDurationFromConfig>;

/** How evaluations run, from `compliance.*`. */
export interface EvaluationSettings {
  /** The window of checks over time: `[now - lookbackDays, now)`. */
  lookbackDays: number;
  /** How long one collector may take before its checks are `error`. */
  collectorTimeoutMs: number;
  schedule: {
    frequency: HumanDuration;
    /** The frequency in elapsed milliseconds: a continuous control's frequency. */
    intervalMs: number;
    initialDelay: HumanDuration;
    /** When the scheduler considers a run lost and lets another replica start one. */
    timeout: HumanDuration;
  };
}

export const DEFAULT_EVALUATION_SETTINGS: EvaluationSettings = {
  lookbackDays: 30,
  collectorTimeoutMs: 2 * 60 * 1000,
  schedule: {
    frequency: { hours: 6 },
    intervalMs: 6 * 60 * 60 * 1000,
    initialDelay: { minutes: 1 },
    timeout: { minutes: 30 },
  },
};

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function durationMs(duration: HumanDuration): number {
  return Duration.fromObject(duration).toMillis();
}

function readBoundedDuration(
  config: Config,
  key: string,
  fallback: HumanDuration,
  bounds: { minMs: number; maxMs: number; describe: string },
): HumanDuration {
  if (!config.has(key)) return fallback;
  let duration: HumanDuration;
  try {
    duration = readDurationFromConfig(config, { key });
  } catch (error) {
    throw new Error(
      `compliance.${key} must be a duration such as { minutes: 30 } or "30m": ${
        (error as Error).message
      }`,
    );
  }
  const ms = durationMs(duration);
  if (!(ms >= bounds.minMs && ms <= bounds.maxMs)) {
    throw new Error(`compliance.${key} must be ${bounds.describe}`);
  }
  return duration;
}

/**
 * Reads the evaluation settings, failing startup with the key at fault
 * rather than running evaluations nobody asked for.
 */
export function readEvaluationSettings(root: Config): EvaluationSettings {
  const config = root.getOptionalConfig('compliance');
  if (!config) return DEFAULT_EVALUATION_SETTINGS;
  const defaults = DEFAULT_EVALUATION_SETTINGS;

  const lookbackDays =
    config.getOptionalNumber('lookbackDays') ?? defaults.lookbackDays;
  if (
    !Number.isInteger(lookbackDays) ||
    lookbackDays < 1 ||
    lookbackDays > 366
  ) {
    throw new Error(
      `compliance.lookbackDays must be a whole number of days from 1 to 366, got ${lookbackDays}`,
    );
  }
  const collectorTimeout = readBoundedDuration(
    config,
    'collectorTimeout',
    { minutes: 2 },
    { minMs: 1000, maxMs: 60 * MINUTE_MS, describe: 'from 1 second to 1 hour' },
  );
  const frequency = readBoundedDuration(
    config,
    'schedule.frequency',
    defaults.schedule.frequency,
    {
      minMs: MINUTE_MS,
      maxMs: 31 * DAY_MS,
      describe: 'from 1 minute to 31 days',
    },
  );
  const initialDelay = readBoundedDuration(
    config,
    'schedule.initialDelay',
    defaults.schedule.initialDelay,
    { minMs: 0, maxMs: DAY_MS, describe: 'at most 1 day' },
  );
  const timeout = readBoundedDuration(
    config,
    'schedule.timeout',
    defaults.schedule.timeout,
    { minMs: MINUTE_MS, maxMs: DAY_MS, describe: 'from 1 minute to 1 day' },
  );
  return {
    lookbackDays,
    collectorTimeoutMs: durationMs(collectorTimeout),
    schedule: {
      frequency,
      intervalMs: durationMs(frequency),
      initialDelay,
      timeout,
    },
  };
}
