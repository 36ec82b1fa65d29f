import { Config, readDurationFromConfig } from '@backstage/config';
import path from 'node:path';

type HumanDuration = ReturnType<typeof readDurationFromConfig>;

/** The ADR backend's settings, checked at startup. */
export interface AdrBackendConfig {
  /** How often the scheduled task reads every decision folder again. */
  refreshInterval: HumanDuration;
  authoring:
    | { target: 'github' }
    | {
        target: 'local';
        /** Absolute path of the development repository. */
        localRepository: string;
      };
  /** Whether GET /review lists open GitHub pull requests. */
  reviewPullRequests: boolean;
}

export const DEFAULT_REFRESH_INTERVAL: HumanDuration = { minutes: 30 };
const MIN_REFRESH_SECONDS = 60;
const MAX_REFRESH_SECONDS = 86_400;

const SECONDS_PER_UNIT: Record<keyof HumanDuration, number> = {
  years: 365 * 86_400,
  months: 30 * 86_400,
  weeks: 7 * 86_400,
  days: 86_400,
  hours: 3_600,
  minutes: 60,
  seconds: 1,
  milliseconds: 0.001,
};

function inSeconds(duration: HumanDuration): number {
  return Object.entries(duration).reduce(
    (total, [unit, value]) =>
      total + (value ?? 0) * SECONDS_PER_UNIT[unit as keyof HumanDuration],
    0,
  );
}

function readRefreshInterval(config: Config): HumanDuration {
  const key = 'adr.refreshInterval';
  if (!config.has(key)) {
    return DEFAULT_REFRESH_INTERVAL;
  }
  let interval: HumanDuration;
  try {
    interval = readDurationFromConfig(config, { key });
  } catch (error) {
    throw new Error(`${key} is not a duration: ${(error as Error).message}`);
  }
  const seconds = inSeconds(interval);
  // Written so that NaN fails too.
  if (!(seconds >= MIN_REFRESH_SECONDS && seconds <= MAX_REFRESH_SECONDS)) {
    throw new Error(
      `${key} must be from 1 minute to 1 day, got ${seconds} seconds`,
    );
  }
  return interval;
}

function readAuthoring(config: Config): AdrBackendConfig['authoring'] {
  const targetKey = 'adr.authoring.target';
  const target = config.getOptionalString(targetKey) ?? 'github';
  if (target !== 'github' && target !== 'local') {
    throw new Error(`${targetKey} must be github or local, got ${target}`);
  }
  const repositoryKey = 'adr.authoring.localRepository';
  const repository = config.getOptionalString(repositoryKey)?.trim();
  if (target === 'github') {
    return { target };
  }
  if (!repository) {
    throw new Error(
      `${repositoryKey} is required when ${targetKey} is local: the development repository new records are written to`,
    );
  }
  if (/[\0\r\n]/.test(repository) || repository.length > 1000) {
    throw new Error(`${repositoryKey} is not a usable path`);
  }
  // Relative to where the backend was started, as the other paths of app-config are.
  return { target, localRepository: path.resolve(process.cwd(), repository) };
}

/** Reads `adr.*`, failing startup with the key at fault. */
export function readAdrBackendConfig(config: Config): AdrBackendConfig {
  const authoring = readAuthoring(config);
  return {
    refreshInterval: readRefreshInterval(config),
    authoring,
    reviewPullRequests:
      config.getOptionalBoolean('adr.review.pullRequests') ??
      authoring.target === 'github',
  };
}
