import {
  MetricsExporter,
  RunningPrometheus,
  startMetricsExporter,
  startPrometheus,
  StartPrometheusOptions,
  SyntheticSeries,
} from '@localplus/server-kit';
import { LOCALPLUS_HISTORY_DAYS, localplusTraffic } from './localplusTraffic';

/** The `job` label of the LOCAL-PLUS traffic, backfilled and scraped alike. */
export const LOCALPLUS_TRAFFIC_JOB = 'localplus-traffic';

export interface LocalplusPrometheusOptions
  extends Pick<
    StartPrometheusOptions,
    | 'host'
    | 'workDir'
    | 'prometheusBinary'
    | 'promtoolBinary'
    | 'enableLifecycle'
  > {
  /** End of the history, epoch seconds; defaults to the current second. */
  now?: number;
  /** Defaults to 30 (the SLO window). */
  historyDays?: number;
  /** Omitted or 0: a free port. */
  prometheusPort?: number;
  /** Omitted or 0: a free port. */
  exporterPort?: number;
  /** Defaults to 15 s. */
  scrapeIntervalSeconds?: number;
}

export interface LocalplusPrometheus {
  prometheus: RunningPrometheus;
  exporter: MetricsExporter;
  /** Where the history ends and the live part begins, epoch seconds. */
  now: number;
  /** The model behind both, for computing what a query must answer. */
  series: readonly SyntheticSeries[];
  stop(): Promise<void>;
}

/**
 * A Prometheus holding `historyDays` of LOCAL-PLUS traffic up to `now` and
 * scraping the same model live from then on, so every window (30d down to
 * 5m) has data for as long as it runs.
 */
export async function startLocalplusPrometheus(
  options: LocalplusPrometheusOptions = {},
): Promise<LocalplusPrometheus> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const series = localplusTraffic(now);
  const host = options.host ?? '127.0.0.1';
  const exporter = await startMetricsExporter({
    series,
    host,
    port: options.exporterPort,
  });
  // Every 5 minutes for old history, every minute for the last 2 days: a
  // quarter of the samples of a month at one minute, and the windows under
  // 10 minutes (5m burn rates) only matter near `now`. Counters stay exact at
  // any step; only `*_over_time` averages weigh recent samples more.
  const start = now - (options.historyDays ?? LOCALPLUS_HISTORY_DAYS) * 86_400;
  const recentStart = Math.max(start, now - 2 * 86_400);
  const schedule = [
    { start, end: recentStart, stepSeconds: 300 },
    { start: recentStart, end: now, stepSeconds: 60 },
  ].filter(part => part.end > part.start);
  try {
    const prometheus = await startPrometheus({
      workDir: options.workDir,
      prometheusBinary: options.prometheusBinary,
      promtoolBinary: options.promtoolBinary,
      enableLifecycle: options.enableLifecycle,
      host,
      port: options.prometheusPort,
      history: { series, schedule },
      scrape: {
        target: exporter.target,
        jobName: LOCALPLUS_TRAFFIC_JOB,
        intervalSeconds: options.scrapeIntervalSeconds,
      },
    });
    const stop = async () => {
      await prometheus.stop();
      await exporter.close();
    };
    return { prometheus, exporter, now, series, stop };
  } catch (error) {
    await exporter.close();
    throw error;
  }
}
