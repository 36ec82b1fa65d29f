import {
  MetricsExporter,
  RunningPrometheus,
  SampleSchedule,
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
    | 'ruleFiles'
    | 'evaluationIntervalSeconds'
    | 'enableLifecycle'
    | 'readyTimeoutMs'
  > {
  /** End of the history, epoch seconds; defaults to the current second. */
  now?: number;
  /** Defaults to 30 (the SLO window). */
  historyDays?: number;
  /** The last days of history, sampled every `stepSeconds`; defaults to 2. */
  recentDays?: number;
  /** Step of the recent history; defaults to 60 s. */
  stepSeconds?: number;
  /** Step of the history before the recent days; defaults to 300 s. */
  olderStepSeconds?: number;
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
 * Every 5 minutes for old history, every minute for the last 2 days: a
 * quarter of the samples of a month at one minute, and the windows under
 * 10 minutes (5m burn rates) only matter near `now`. Counters stay exact at
 * any step; only `*_over_time` averages weigh recent samples more.
 */
function historySchedule(
  now: number,
  options: LocalplusPrometheusOptions,
): SampleSchedule[] {
  const historyDays = options.historyDays ?? LOCALPLUS_HISTORY_DAYS;
  const recentDays = Math.min(options.recentDays ?? 2, historyDays);
  const start = now - historyDays * 86_400;
  const recentStart = now - recentDays * 86_400;
  const recent = {
    start: recentStart,
    end: now,
    stepSeconds: options.stepSeconds ?? 60,
  };
  if (recentStart <= start) {
    return [recent];
  }
  return [
    {
      start,
      end: recentStart,
      stepSeconds: options.olderStepSeconds ?? 300,
    },
    recent,
  ];
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
  try {
    const prometheus = await startPrometheus({
      workDir: options.workDir,
      prometheusBinary: options.prometheusBinary,
      promtoolBinary: options.promtoolBinary,
      ruleFiles: options.ruleFiles,
      evaluationIntervalSeconds: options.evaluationIntervalSeconds,
      enableLifecycle: options.enableLifecycle,
      readyTimeoutMs: options.readyTimeoutMs,
      host,
      port: options.prometheusPort,
      history: { series, schedule: historySchedule(now, options) },
      scrape: {
        target: exporter.target,
        jobName: LOCALPLUS_TRAFFIC_JOB,
        intervalSeconds: options.scrapeIntervalSeconds,
      },
    });
    return {
      prometheus,
      exporter,
      now,
      series,
      stop: async () => {
        await prometheus.stop();
        await exporter.close();
      },
    };
  } catch (error) {
    await exporter.close();
    throw error;
  }
}
