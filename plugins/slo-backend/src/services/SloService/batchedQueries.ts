import type { SloMetricSource } from '@localplus/plugin-slo-node';

/** A query with the id its value comes back under. */
export type LabelledQuery = { id: string; expr: string };

/** The label that carries each sub-query's id through one combined query. */
const ID_LABEL = 'slo_query';

/**
 * Joins many single-series queries into one: each is tagged with its id by
 * `label_replace`, and `or` keeps every tagged series since their label sets
 * differ. One HTTP round trip then answers a whole objective, or several.
 * Every sub-query must produce an instant vector (ours are wrapped in `sum`,
 * `max` or `avg_over_time`, so they do).
 */
export function combineQueries(queries: readonly LabelledQuery[]): string {
  return queries
    .map(
      ({ id, expr }) =>
        `label_replace(${expr}, "${ID_LABEL}", "${id}", "", "")`,
    )
    .join(' or ');
}

/** Value per id; ids without a (finite) value are absent, meaning no data. */
export async function queryInstantBatch(
  source: SloMetricSource,
  environment: string,
  queries: readonly LabelledQuery[],
  time: Date,
): Promise<Map<string, number>> {
  const samples = await source.queryInstant({
    environment,
    query: combineQueries(queries),
    time,
  });
  const values = new Map<string, number>();
  for (const sample of samples) {
    const id = sample.labels[ID_LABEL];
    if (id !== undefined && Number.isFinite(sample.value)) {
      values.set(id, sample.value);
    }
  }
  return values;
}

/** Points per id, oldest first; non-finite values are left out. */
export async function queryRangeBatch(
  source: SloMetricSource,
  environment: string,
  queries: readonly LabelledQuery[],
  range: { start: Date; end: Date; stepSeconds: number },
): Promise<Map<string, Map<number, number>>> {
  const series = await source.queryRange({
    environment,
    query: combineQueries(queries),
    ...range,
  });
  const byId = new Map<string, Map<number, number>>();
  for (const one of series) {
    const id = one.labels[ID_LABEL];
    if (id === undefined) {
      continue;
    }
    const points = new Map<number, number>();
    for (const point of one.points) {
      if (Number.isFinite(point.value)) {
        points.set(point.t, point.value);
      }
    }
    byId.set(id, points);
  }
  return byId;
}
