import { stringify } from 'yaml';

/**
 * Documents that name each other, as OpenSLO v1 lets a file split them: a
 * DataSource, SLIs whose metric sources name it, and SLOs that name an SLI.
 * Built as objects, so that each test changes one field, then written as a
 * `---` stream or as a sequence, the two ways files hold several documents.
 */

type Source = { metricSourceRef?: unknown; type?: unknown };

const PROMETHEUS: Source = { type: 'Prometheus' };

/** A ratio of parcel scans read without error, per second. */
export function scanRatio(source: Source = PROMETHEUS) {
  const part = (query: string) => ({
    metricSource: { ...source, spec: { query } },
  });
  return {
    description: 'Parcel scans the depot reads without a retry.',
    ratioMetric: {
      counter: true,
      good: part('sum(rate(depot_scans_total{result="read"}[{{window}}]))'),
      total: part('sum(rate(depot_scans_total[{{window}}]))'),
    },
  };
}

/** The slowest label print of each minute, in seconds. */
export function printLatency(source: Source = PROMETHEUS) {
  return {
    thresholdMetric: {
      metricSource: {
        ...source,
        spec: {
          query:
            'max(max_over_time(depot_label_print_seconds{site="north"}[1m]))',
        },
      },
    },
  };
}

export const dataSource = (
  name: string,
  type: unknown = 'Prometheus',
  connectionDetails?: unknown,
) => ({
  apiVersion: 'openslo/v1',
  kind: 'DataSource',
  metadata: { name },
  spec: {
    description: 'The depot metrics',
    type,
    ...(connectionDetails === undefined ? {} : { connectionDetails }),
  },
});

/** An indicator as an SLO holds it inline. */
export const indicator = (name: string, spec: object = scanRatio()) => ({
  metadata: { name, displayName: `SLI ${name}` },
  spec,
});

export const sli = (name: string, spec: object = scanRatio()) => ({
  apiVersion: 'openslo/v1',
  kind: 'SLI',
  ...indicator(name, spec),
});

/** An SLO of the depot's scanner; `which` is `{ indicatorRef }` or `{ indicator }`. */
export const slo = (
  name: string,
  which: object,
  objective: object = { displayName: 'Reads', target: 0.995 },
  extra: object = {},
) => ({
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name },
  spec: {
    service: 'depot-scanner',
    ...which,
    timeWindow: [{ duration: '28d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [objective],
    ...extra,
  },
});

/** A threshold objective: each minute's slowest print stays under 2 seconds. */
export const printObjective = {
  displayName: 'Labels print in time',
  op: 'lte',
  value: 2,
  target: 0.99,
  timeSliceTarget: 1,
  timeSliceWindow: '1m',
};

export const asStream = (...documents: object[]) =>
  documents.map(document => stringify(document)).join('---\n');

export const asSequence = (...documents: object[]) => stringify(documents);
