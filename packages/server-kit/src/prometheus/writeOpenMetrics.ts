import fs from 'node:fs';
import { once } from 'node:events';
import {
  assertValidSchedules,
  SampleSchedules,
  sampleTimesMs,
} from './sampleSchedule';
import {
  assertValidSeries,
  formatLabels,
  formatValue,
  seriesKey,
  SyntheticSeries,
} from './syntheticSeries';

/** Flush to disk in chunks of about this size; a month of samples is >100 MB. */
const CHUNK_CHARS = 1 << 20;

export interface OpenMetricsFileStats {
  series: number;
  samples: number;
}

/**
 * Orders series so that each metric family is contiguous (OpenMetrics forbids
 * interleaving) and rejects duplicates, which would reach promtool as
 * out-of-order samples of one series.
 */
function groupedByMetric(
  series: readonly SyntheticSeries[],
): SyntheticSeries[] {
  const seen = new Set<string>();
  for (const one of series) {
    assertValidSeries(one);
    const key = seriesKey(one);
    if (seen.has(key)) {
      throw new Error(`Series ${key} is listed twice`);
    }
    seen.add(key);
  }
  return [...series].sort((a, b) =>
    a.metric === b.metric
      ? seriesKey(a).localeCompare(seriesKey(b))
      : a.metric.localeCompare(b.metric),
  );
}

/**
 * Writes `series` sampled on `schedule` (one or several) as an OpenMetrics file for
 * `promtool tsdb create-blocks-from openmetrics`, streaming to disk.
 *
 * Every family is declared `unknown`: promtool stores samples the same
 * whatever the type, and an `unknown` family is named exactly like its
 * samples, so `http_requests_total` or `http_request_duration_seconds_bucket`
 * need none of the suffix rules that `counter` and `histogram` families
 * impose (checked with promtool 2.42). Samples of one series are written
 * together, in time order.
 */
export async function writeOpenMetrics(
  file: string,
  series: readonly SyntheticSeries[],
  schedule: SampleSchedules,
): Promise<OpenMetricsFileStats> {
  assertValidSchedules(schedule);
  const ordered = groupedByMetric(series);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);

  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async () => {
    const chunk = pending.join('');
    pending = [];
    pendingChars = 0;
    if (!out.write(chunk)) {
      await Promise.race([once(out, 'drain'), failed]);
    }
  };
  // Synchronous, so the per-sample loop does not pay for an await.
  const push = (text: string): boolean => {
    pending.push(text);
    pendingChars += text.length;
    return pendingChars >= CHUNK_CHARS;
  };

  let samples = 0;
  let family: string | undefined;
  for (const one of ordered) {
    if (one.metric !== family) {
      family = one.metric;
      push(`# TYPE ${family} unknown\n`);
    }
    const name = `${one.metric}${formatLabels(one.labels)} `;
    for (const ms of sampleTimesMs(schedule)) {
      const value = formatValue(one.valueAt(ms / 1000));
      samples++;
      if (push(`${name}${value} ${ms / 1000}\n`)) {
        await flush();
      }
    }
  }
  push('# EOF\n');
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { series: ordered.length, samples };
}
