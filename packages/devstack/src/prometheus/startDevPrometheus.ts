import {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  findExecutable,
  PROMETHEUS_INSTALL_HINT,
} from '@localplus/server-kit';
import {
  LOCALPLUS_HISTORY_DAYS,
  LOCALPLUS_TRAFFIC_SCENARIOS,
} from './localplusTraffic';
import {
  LocalplusPrometheus,
  startLocalplusPrometheus,
} from './startLocalplusPrometheus';

/** `auto`: start when installed; `on`: fail without it; `off`: never. */
export type DevPrometheusMode = 'auto' | 'on' | 'off';

export interface DevPrometheusOptions {
  mode: DevPrometheusMode;
  host: string;
  prometheusPort: number;
  trafficPort: number;
  /** Config and TSDB; the TSDB is rebuilt at every start. */
  workDir: string;
  /** Where `PATH` is read from. */
  env: NodeJS.ProcessEnv;
}

export interface DevPrometheus {
  /** Absent when Prometheus is off, not installed or failed to start. */
  stack?: LocalplusPrometheus;
  describe(): string[];
  close(): Promise<void>;
}

const LABEL = 'Prometheus     ';

function notStarted(reason: string): DevPrometheus {
  return {
    describe: () => [`${LABEL} not started: ${reason}`],
    close: async () => undefined,
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function storyLine(): string {
  return LOCALPLUS_TRAFFIC_SCENARIOS.filter(s => s.state !== 'healthy')
    .map(s => `${s.service} ${s.state}`)
    .join(', ');
}

/**
 * The dev stack's Prometheus: 30 days of LOCAL-PLUS traffic and the live
 * exporter, when the machine has Prometheus. Without it the dev stack runs
 * on (the SLO pages then show no data) unless `mode` is `on`.
 */
export async function startDevPrometheus(
  options: DevPrometheusOptions,
): Promise<DevPrometheus> {
  if (options.mode === 'off') {
    return notStarted('DEVSTACK_PROMETHEUS=off');
  }
  const prometheusBinary = findExecutable('prometheus', options.env.PATH);
  const promtoolBinary = findExecutable('promtool', options.env.PATH);
  if (!prometheusBinary || !promtoolBinary) {
    const reason = `prometheus and promtool are not both on the PATH (${PROMETHEUS_INSTALL_HINT}); the SLO pages will have no data`;
    if (options.mode === 'on') {
      throw new Error(
        `DEVSTACK_PROMETHEUS=on, but prometheus and promtool are not both on the PATH (${PROMETHEUS_INSTALL_HINT})`,
      );
    }
    return notStarted(reason);
  }

  let stack: LocalplusPrometheus;
  try {
    stack = await startLocalplusPrometheus({
      host: options.host,
      prometheusPort: options.prometheusPort,
      exporterPort: options.trafficPort,
      workDir: options.workDir,
      prometheusBinary,
      promtoolBinary,
      // Loopback only: lets the e2e tests stop it (POST /-/quit) to see the
      // portal's "Prometheus is down" views, and rule files be reloaded.
      enableLifecycle: true,
    });
  } catch (error) {
    if (options.mode === 'on') {
      throw error;
    }
    return notStarted(`it failed to start: ${(error as Error).message}`);
  }
  const { prometheus, exporter } = stack;
  return {
    stack,
    describe: () => [
      `${LABEL} ${
        prometheus.url
      }  ${LOCALPLUS_HISTORY_DAYS} days of LOCAL-PLUS traffic, then live (${storyLine()})`,
      `  ${'history'.padEnd(12)} backfilled in ${seconds(
        prometheus.timings.backfillMs,
      )}, started in ${seconds(prometheus.timings.startMs)}, data in ${
        prometheus.workDir
      }`,
      `  ${'traffic'.padEnd(12)} ${
        exporter.url
      }/metrics  scraped every ${DEFAULT_SCRAPE_INTERVAL_SECONDS} s`,
    ],
    close: () => stack.stop(),
  };
}
