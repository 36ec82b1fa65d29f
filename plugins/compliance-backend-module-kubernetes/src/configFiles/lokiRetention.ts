import { asObject } from '../policy/kubernetesObjects';
import { ConfigFileError } from './parseConfigYaml';
import { DAY_MS, formatDays, parsePromDuration } from './promDuration';

/** What a Loki configuration says about how long logs are kept. */
export type LokiRetention =
  | {
      kind: 'kept';
      periodMs: number;
      period: string;
      streams: Array<{ selector: string; period: string; periodMs: number }>;
    }
  | { kind: 'forever'; reason: string }
  | { kind: 'not-enforced'; period: string };

function durationField(
  value: unknown,
  field: string,
): { text: string; ms: number } {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new ConfigFileError(
      `${field} must be a duration such as 720h or 30d`,
    );
  }
  const text = String(value);
  const ms = parsePromDuration(text);
  if (ms === undefined) {
    throw new ConfigFileError(
      `${field} ${JSON.stringify(
        text.slice(0, 40),
      )} is not a duration such as 720h or 30d`,
    );
  }
  return { text, ms };
}

/**
 * Reads `limits_config.retention_period` and `retention_stream` of a Loki
 * configuration. Loki deletes nothing unless its compactor has
 * `retention_enabled: true`, and a period of 0 (the default) keeps logs
 * forever; both are reported as such, not as a period.
 */
export function readLokiRetention(
  config: Record<string, unknown>,
): LokiRetention {
  const limits = asObject(config.limits_config);
  if (config.limits_config !== undefined && !limits) {
    throw new ConfigFileError('limits_config must be a mapping');
  }
  if (limits?.retention_period === undefined) {
    return {
      kind: 'forever',
      reason:
        'limits_config.retention_period is not set (Loki keeps logs forever by default)',
    };
  }
  const period = durationField(
    limits.retention_period,
    'limits_config.retention_period',
  );
  if (period.ms === 0) {
    return {
      kind: 'forever',
      reason: `limits_config.retention_period is ${period.text}, which keeps logs forever`,
    };
  }
  if (asObject(config.compactor)?.retention_enabled !== true) {
    return { kind: 'not-enforced', period: period.text };
  }
  const rawStreams = limits.retention_stream ?? [];
  if (!Array.isArray(rawStreams)) {
    throw new ConfigFileError('limits_config.retention_stream must be a list');
  }
  const streams = rawStreams.slice(0, 1000).map((item, i) => {
    const stream = asObject(item);
    const field = `limits_config.retention_stream[${i}]`;
    if (!stream) throw new ConfigFileError(`${field} must be a mapping`);
    const streamPeriod = durationField(stream.period, `${field}.period`);
    if (streamPeriod.ms === 0) {
      throw new ConfigFileError(
        `${field}.period is 0, which keeps those logs forever`,
      );
    }
    return {
      selector:
        typeof stream.selector === 'string'
          ? stream.selector.slice(0, 200)
          : '(no selector)',
      period: streamPeriod.text,
      periodMs: streamPeriod.ms,
    };
  });
  return { kind: 'kept', periodMs: period.ms, period: period.text, streams };
}

/** The longest time any log is kept, with what sets it. */
export function longestRetention(
  retention: Extract<LokiRetention, { kind: 'kept' }>,
) {
  const longest = [
    {
      what: 'limits_config.retention_period',
      period: retention.period,
      periodMs: retention.periodMs,
    },
    ...retention.streams.map(s => ({
      what: `the retention_stream ${s.selector}`,
      period: s.period,
      periodMs: s.periodMs,
    })),
  ].sort((a, b) => b.periodMs - a.periodMs)[0];
  return {
    ...longest,
    days: formatDays(longest.periodMs),
    withinDays: (max: number) => longest.periodMs <= max * DAY_MS,
  };
}
