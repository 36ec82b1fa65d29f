import { Config, readDurationFromConfig } from '@backstage/config';
import { Duration } from 'luxon';

/**
 * A duration setting (`5m`, `{ minutes: 5 }`, ISO 8601) with its default and
 * bounds; startup fails naming the key when it is unreadable or out of bounds.
 */
export function readDurationSetting(
  config: Config,
  key: string,
  bounds: {
    defaultValue: Duration;
    minSeconds: number;
    maxSeconds: number;
    /** The bounds in words, e.g. "from 30 seconds to 1 day". */
    inWords: string;
  },
): Duration {
  if (!config.has(key)) {
    return bounds.defaultValue;
  }
  let interval: Duration;
  try {
    interval = Duration.fromObject(readDurationFromConfig(config, { key }));
  } catch (error) {
    throw new Error(`${key} is not a duration: ${(error as Error).message}`);
  }
  const seconds = interval.as('seconds');
  // Written so that NaN fails too.
  if (!(seconds >= bounds.minSeconds && seconds <= bounds.maxSeconds)) {
    throw new Error(`${key} must be ${bounds.inWords}, got ${seconds} seconds`);
  }
  return interval;
}
