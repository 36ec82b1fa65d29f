/**
 * A synthetic time series: its value is an exact function of time, so the
 * same series can be backfilled into Prometheus as history, served live on
 * `/metrics`, and recomputed by a test that wants to know what PromQL must
 * answer.
 */
export interface SyntheticSeries {
  /** Metric name as stored, e.g. `http_requests_total` (no suffix is added). */
  metric: string;
  labels: Record<string, string>;
  /**
   * The value at a moment (epoch seconds). Counters return their cumulative
   * count and must never decrease; gauges return the instantaneous value.
   */
  valueAt(epochSeconds: number): number;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Throws on names Prometheus would reject, before any file is written. */
export function assertValidSeries(series: SyntheticSeries): void {
  if (!METRIC_NAME.test(series.metric)) {
    throw new Error(`Invalid metric name ${JSON.stringify(series.metric)}`);
  }
  for (const name of Object.keys(series.labels)) {
    if (!LABEL_NAME.test(name) || name.startsWith('__')) {
      throw new Error(
        `Invalid label name ${JSON.stringify(name)} on ${series.metric}`,
      );
    }
  }
}

/** `metric{a="1",b="2"}`: the identity Prometheus gives a series (labels sorted). */
export function seriesKey(series: SyntheticSeries): string {
  return `${series.metric}${formatLabels(series.labels)}`;
}

/** The same series with extra labels; labels the series already has win. */
export function withLabels(
  series: SyntheticSeries,
  extra: Record<string, string>,
): SyntheticSeries {
  return {
    metric: series.metric,
    labels: { ...extra, ...series.labels },
    valueAt: t => series.valueAt(t),
  };
}

function escapeLabelValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');
}

/** `{a="1",b="2"}` with names sorted, or an empty string without labels. */
export function formatLabels(labels: Record<string, string>): string {
  const names = Object.keys(labels).sort();
  if (names.length === 0) {
    return '';
  }
  return `{${names
    .map(name => `${name}="${escapeLabelValue(labels[name])}"`)
    .join(',')}}`;
}

/**
 * Shortest text that parses back to the same float64, which is what makes
 * PromQL results comparable to the model to the last bit.
 */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (value === Infinity) {
    return '+Inf';
  }
  if (value === -Infinity) {
    return '-Inf';
  }
  return String(value);
}
