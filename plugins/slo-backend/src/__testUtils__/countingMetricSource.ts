import type { SloMetricSource } from '@localplus/plugin-slo-node';

/** How many queries a source was asked, by kind. */
export type QueryCounts = { instant: number; range: number };

/** Wraps a metric source and counts the queries sent through it. */
export function countingMetricSource(inner: SloMetricSource): {
  source: SloMetricSource;
  counts: QueryCounts;
} {
  const counts: QueryCounts = { instant: 0, range: 0 };
  const source: SloMetricSource = {
    type: inner.type,
    environments: () => inner.environments(),
    queryInstant: request => {
      counts.instant += 1;
      return inner.queryInstant(request);
    },
    queryRange: request => {
      counts.range += 1;
      return inner.queryRange(request);
    },
    explorerUrl: (environment, query) =>
      inner.explorerUrl?.(environment, query),
  };
  return { source, counts };
}
