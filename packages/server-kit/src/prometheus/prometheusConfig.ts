import { stringify } from 'yaml';

/** A `/metrics` endpoint for Prometheus to scrape. */
export interface PrometheusScrapeTarget {
  /** `host:port`, e.g. `127.0.0.1:7704`; also the series' `instance` label. */
  target: string;
  /** The `job` label; defaults to `devstack`. */
  jobName?: string;
  /** Defaults to 15 s. */
  intervalSeconds?: number;
  /** Defaults to `/metrics`. */
  metricsPath?: string;
}

export const DEFAULT_SCRAPE_JOB = 'devstack';
export const DEFAULT_SCRAPE_INTERVAL_SECONDS = 15;

/**
 * The `job` and `instance` labels Prometheus attaches to what it scrapes
 * from `scrape`. Backfilled series carry the same, so a scraped series
 * continues its history instead of starting a second one beside it.
 */
export function scrapeTargetLabels(
  scrape: PrometheusScrapeTarget,
): Record<string, string> {
  return {
    job: scrape.jobName ?? DEFAULT_SCRAPE_JOB,
    instance: scrape.target,
  };
}

/** The `prometheus.yml` of a dev or test Prometheus. */
export function prometheusConfigYaml(options: {
  scrape?: PrometheusScrapeTarget;
  ruleFiles?: readonly string[];
  evaluationIntervalSeconds?: number;
  /** Alertmanagers (`host:port`) the firing alerts are sent to. */
  alertmanagers?: readonly string[];
}): string {
  const { scrape, alertmanagers = [] } = options;
  const interval = `${
    scrape?.intervalSeconds ?? DEFAULT_SCRAPE_INTERVAL_SECONDS
  }s`;
  return stringify({
    global: {
      scrape_interval: interval,
      evaluation_interval: `${
        options.evaluationIntervalSeconds ?? DEFAULT_SCRAPE_INTERVAL_SECONDS
      }s`,
    },
    rule_files: [...(options.ruleFiles ?? [])],
    scrape_configs: scrape
      ? [
          {
            job_name: scrape.jobName ?? DEFAULT_SCRAPE_JOB,
            scrape_interval: interval,
            metrics_path: scrape.metricsPath ?? '/metrics',
            // An exposed job or instance label (a blackbox-style series
            // naming its own job) is kept as it was backfilled.
            honor_labels: true,
            static_configs: [{ targets: [scrape.target] }],
          },
        ]
      : [],
    // Left out without Alertmanagers, so older configs stay as they were.
    ...(alertmanagers.length > 0 && {
      alerting: {
        alertmanagers: [
          {
            api_version: 'v2',
            static_configs: [{ targets: [...alertmanagers] }],
          },
        ],
      },
    }),
  });
}
