import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../process/findFreePort';
import {
  backfillHistory,
  historySchedules,
  PrometheusHistory,
} from './backfillHistory';
import { instantValue } from './instantQuery';
import { launchPrometheus, LaunchedPrometheus } from './launchPrometheus';
import {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  PrometheusScrapeTarget,
  prometheusConfigYaml,
  scrapeTargetLabels,
} from './prometheusConfig';
import { assertValidSchedules, scheduleBounds } from './sampleSchedule';
import { withLabels } from './syntheticSeries';

export interface StartPrometheusOptions {
  /** Series backfilled before start, with promtool. */
  history?: PrometheusHistory;
  /**
   * A `/metrics` endpoint scraped from then on. History series get its
   * `job` and `instance` labels (unless they carry their own), so scraped
   * samples continue them.
   */
  scrape?: PrometheusScrapeTarget;
  /** Rule files (absolute paths) listed in `prometheus.yml`. */
  ruleFiles?: readonly string[];
  /** Defaults to 15 s. */
  evaluationIntervalSeconds?: number;
  /**
   * Alertmanagers (`host:port`, e.g. from `RunningAlertmanager.url`'s host)
   * that firing alerts are sent to, over Alertmanager's v2 API.
   */
  alertmanagers?: readonly string[];
  /**
   * How often a firing alert is sent again; defaults to the evaluation
   * interval when there are `alertmanagers`. Prometheus drops what fires
   * before it has discovered them (its first evaluation, typically) and
   * would only resend after its own default of a minute.
   */
  alertResendDelaySeconds?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Omitted or 0: a free port (Prometheus itself refuses port 0). */
  port?: number;
  /**
   * Where `prometheus.yml` and the TSDB (`data/`, emptied at start) go; kept
   * at stop, for a look afterwards. Omitted: a temporary folder, removed at
   * stop.
   */
  workDir?: string;
  /** Defaults to `prometheus` and `promtool` on the PATH. */
  prometheusBinary?: string;
  promtoolBinary?: string;
  /**
   * Serves everything under this path (e.g. `/prometheus`), as behind a
   * gateway; `url` then ends with it.
   */
  routePrefix?: string;
  /** Adds `--web.enable-lifecycle` (`POST /-/reload` rereads rule files). */
  enableLifecycle?: boolean;
  /** Defaults to 60 s. */
  readyTimeoutMs?: number;
}

export interface RunningPrometheus {
  /** e.g. `http://127.0.0.1:7703`, followed by the route prefix if any. */
  url: string;
  port: number;
  workDir: string;
  /** Milliseconds spent writing and converting the history, then starting. */
  timings: { backfillMs: number; startMs: number };
  /** Stops the process; removes the work dir if it was a temporary one. */
  stop(): Promise<void>;
}

const PORT_ATTEMPTS = 3;
const DATA_SUBDIR = 'data';

/**
 * Retention is counted back from the newest sample, so a month of history
 * under the default 15 days would be deleted at the first compaction.
 */
function retentionFlag(history: PrometheusHistory | undefined): string {
  const nowSeconds = Date.now() / 1000;
  const oldest = history
    ? Math.min(scheduleBounds(historySchedules(history)).start, nowSeconds)
    : nowSeconds;
  const days = Math.ceil((nowSeconds - oldest) / 86_400) + 30;
  return `--storage.tsdb.retention.time=${days}d`;
}

function alertingFlags(options: StartPrometheusOptions): string[] {
  if (!options.alertmanagers?.length) {
    return [];
  }
  const seconds =
    options.alertResendDelaySeconds ??
    options.evaluationIntervalSeconds ??
    DEFAULT_SCRAPE_INTERVAL_SECONDS;
  return [`--rules.alert.resend-delay=${seconds}s`];
}

async function prepareWorkDir(
  workDir: string | undefined,
): Promise<{ dir: string; temporary: boolean }> {
  if (!workDir) {
    const dir = await fs.mkdtemp(
      path.join(os.tmpdir(), 'server-kit-prometheus-'),
    );
    return { dir, temporary: true };
  }
  const dir = path.resolve(workDir);
  // Only what this function puts there is removed: a previous run's blocks
  // would overlap this run's history.
  await fs.rm(path.join(dir, DATA_SUBDIR), { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  return { dir, temporary: false };
}

/** Every backfilled series is visible at the end of the history. */
async function waitForHistory(
  url: string,
  history: PrometheusHistory,
  timeoutMs: number,
): Promise<void> {
  const { end, lastStepSeconds } = scheduleBounds(historySchedules(history));
  const query = `count(last_over_time({__name__=~".+"}[${Math.ceil(
    lastStepSeconds,
  )}s]))`;
  const deadline = Date.now() + timeoutMs;
  let seen = 0;
  while (Date.now() < deadline) {
    seen = await instantValue(url, query, end).catch(() => 0);
    if (seen >= history.series.length) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(
    `Prometheus at ${url} shows ${seen} of the ${history.series.length} backfilled series`,
  );
}

function validateHistory(history: PrometheusHistory): void {
  assertValidSchedules(historySchedules(history));
  // Prometheus refuses scraped samples older than its newest block, so a
  // history reaching into the future would stall the live part.
  const { end } = scheduleBounds(historySchedules(history));
  if (end > Date.now() / 1000 + 1) {
    throw new Error(
      `History must end by now; it ends at ${new Date(
        end * 1000,
      ).toISOString()}`,
    );
  }
}

/**
 * Launches on `port`, or on a free port when none is given, trying another
 * one if that port is taken before Prometheus binds it.
 */
async function launchOnPort(options: {
  host: string;
  port: number | undefined;
  routePrefix: string;
  binary: string;
  flags: readonly string[];
  dataDir: string;
  readyTimeoutMs: number;
}): Promise<LaunchedPrometheus & { port: number }> {
  const { host, routePrefix, binary, flags, dataDir, readyTimeoutMs } = options;
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await findFreePort(host));
    const url = `http://${host}:${port}${routePrefix}`;
    try {
      const launched = await launchPrometheus({
        binary,
        args: [
          ...flags,
          `--web.listen-address=${host}:${port}`,
          ...(routePrefix ? [`--web.external-url=${url}`] : []),
        ],
        url,
        dataDir,
        readyTimeoutMs,
      });
      return { ...launched, port };
    } catch (error) {
      const portTaken = /address already in use/.test(String(error));
      if (options.port || !portTaken || attempt >= PORT_ATTEMPTS) {
        throw error;
      }
    }
  }
}

/**
 * Starts a real Prometheus (the machine's `prometheus` binary) on loopback,
 * with optional backfilled history, scrape target and rule files, and
 * resolves once it is ready and the history is queryable.
 */
export async function startPrometheus(
  options: StartPrometheusOptions = {},
): Promise<RunningPrometheus> {
  const host = options.host ?? '127.0.0.1';
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  const routePrefix = (options.routePrefix ?? '').replace(/\/+$/, '');
  const { history, scrape } = options;
  if (history) {
    validateHistory(history);
  }
  const work = await prepareWorkDir(options.workDir);
  const dataDir = path.join(work.dir, DATA_SUBDIR);
  const removeTemporary = () =>
    work.temporary
      ? fs.rm(work.dir, { recursive: true, force: true })
      : Promise.resolve();

  try {
    const backfillStarted = Date.now();
    if (history && history.series.length > 0) {
      const series = scrape
        ? history.series.map(one => withLabels(one, scrapeTargetLabels(scrape)))
        : history.series;
      await fs.mkdir(dataDir, { recursive: true });
      await backfillHistory({
        history: { ...history, series },
        dataDir,
        workDir: work.dir,
        promtool: options.promtoolBinary ?? 'promtool',
      });
    }
    const backfillMs = Date.now() - backfillStarted;

    const configFile = path.join(work.dir, 'prometheus.yml');
    await fs.writeFile(
      configFile,
      prometheusConfigYaml({
        scrape,
        ruleFiles: options.ruleFiles,
        evaluationIntervalSeconds: options.evaluationIntervalSeconds,
        alertmanagers: options.alertmanagers,
      }),
    );

    const startStarted = Date.now();
    const launched = await launchOnPort({
      host,
      port: options.port,
      routePrefix,
      binary: options.prometheusBinary ?? 'prometheus',
      flags: [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        retentionFlag(history),
        ...alertingFlags(options),
        ...(options.enableLifecycle ? ['--web.enable-lifecycle'] : []),
      ],
      dataDir,
      readyTimeoutMs,
    });
    const url = `http://${host}:${launched.port}${routePrefix}`;
    if (history) {
      await waitForHistory(url, history, readyTimeoutMs).catch(async error => {
        await launched.stop();
        throw error;
      });
    }
    return {
      url,
      port: launched.port,
      workDir: work.dir,
      timings: { backfillMs, startMs: Date.now() - startStarted },
      stop: async () => {
        await launched.stop();
        await removeTemporary();
      },
    };
  } catch (error) {
    await removeTemporary();
    throw error;
  }
}
