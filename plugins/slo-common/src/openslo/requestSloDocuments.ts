import { stringify } from 'yaml';

/** How prometheus_client prints a histogram bucket bound: always with a decimal point. */
export function bucketLabel(latencyMs: number): string {
  const seconds = latencyMs / 1000;
  return Number.isInteger(seconds) ? seconds.toFixed(1) : String(seconds);
}

/**
 * The OpenSLO v1 documents of a request-serving service: availability
 * (non-5xx requests) and P99 latency (requests under the threshold), over a
 * rolling 30 days, from the RED metrics golden-path services export
 * (`http_requests_total{service,status}`, `http_request_duration_seconds`).
 * The golden path writes them into every new repository.
 */
export function requestSloDocuments(options: {
  name: string;
  availabilityTarget: number;
  latencyP99Ms: number;
  /** The `service` label the metrics carry; the service's name by default. */
  metricsService?: string;
}): string {
  const { name, availabilityTarget, latencyP99Ms } = options;
  const service = options.metricsService ?? name;
  const requests = (extra = '') =>
    `rate(http_requests_total{service="${service}"${extra}}[{{window}}])`;
  const documents = [
    {
      apiVersion: 'openslo/v1',
      kind: 'Service',
      metadata: { name },
      spec: { description: `${name}, created from the LOCAL-PLUS golden path` },
    },
    {
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: {
        name: `${name}-availability`,
        displayName: `${name} availability`,
      },
      spec: {
        service: name,
        indicator: {
          metadata: { name: `${name}-non-5xx` },
          spec: {
            ratioMetric: {
              counter: true,
              bad: {
                metricSource: {
                  type: 'Prometheus',
                  spec: { query: requests(',status=~"5.."') },
                },
              },
              total: {
                metricSource: {
                  type: 'Prometheus',
                  spec: { query: requests() },
                },
              },
            },
          },
        },
        timeWindow: [{ duration: '30d', isRolling: true }],
        budgetingMethod: 'Occurrences',
        objectives: [
          {
            displayName: `${availabilityTarget} % of requests succeed`,
            targetPercent: availabilityTarget,
          },
        ],
      },
    },
    {
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: {
        name: `${name}-latency`,
        displayName: `${name} latency P99 under ${latencyP99Ms} ms`,
      },
      spec: {
        service: name,
        indicator: {
          metadata: { name: `${name}-under-${latencyP99Ms}ms` },
          spec: {
            ratioMetric: {
              counter: true,
              good: {
                metricSource: {
                  type: 'Prometheus',
                  spec: {
                    query: `rate(http_request_duration_seconds_bucket{service="${service}",le="${bucketLabel(
                      latencyP99Ms,
                    )}"}[{{window}}])`,
                  },
                },
              },
              total: {
                metricSource: {
                  type: 'Prometheus',
                  spec: {
                    query: `rate(http_request_duration_seconds_count{service="${service}"}[{{window}}])`,
                  },
                },
              },
            },
          },
        },
        timeWindow: [{ duration: '30d', isRolling: true }],
        budgetingMethod: 'Occurrences',
        objectives: [
          {
            displayName: `99 % of requests under ${latencyP99Ms} ms`,
            target: 0.99,
          },
        ],
      },
    },
  ];
  return documents
    .map(document => stringify(document, { lineWidth: 0 }))
    .join('---\n');
}
