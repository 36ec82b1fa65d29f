import {
  MetricsExporter,
  RunningPrometheus,
  startMetricsExporter,
  startPrometheus,
  StartPrometheusOptions,
  SyntheticSeries,
} from '@localplus/server-kit';
import {
  LOCALPLUS_BACKFILL,
  LOCALPLUS_HISTORY_DAYS,
  localplusTraffic,
} from './localplusTraffic';

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
    | 'ruleFiles'
    | 'alertmanagers'
  > {
  /** End of the history, epoch seconds; defaults to the current second. */
  now?: number;
  /** Defaults to 30 (the SLO window). */
  historyDays?: number;
  /** Ports omitted or 0 are free ports. */
  prometheusPort?: number;
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

/** History up to `now`, then the same model scraped live: every window has data. */
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
  const { stepSeconds, recentDays, recentStepSeconds } = LOCALPLUS_BACKFILL;
  const start = now - (options.historyDays ?? LOCALPLUS_HISTORY_DAYS) * 86_400;
  const recentStart = Math.max(start, now - recentDays * 86_400);
  const schedule = [
    { start, end: recentStart, stepSeconds },
    { start: recentStart, end: now, stepSeconds: recentStepSeconds },
  ].filter(part => part.end > part.start);
  try {
    const { workDir, prometheusBinary, promtoolBinary } = options;
    const prometheus = await startPrometheus({
      ...{ workDir, prometheusBinary, promtoolBinary },
      enableLifecycle: options.enableLifecycle,
      ruleFiles: options.ruleFiles,
      alertmanagers: options.alertmanagers,
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
