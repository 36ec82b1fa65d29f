import path from 'node:path';
import {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  findExecutable,
  PROMETHEUS_INSTALL_HINT,
} from '@localplus/server-kit';
import {
  alertmanagerNotStarted,
  DevAlertmanager,
  startDevAlertmanager,
} from '../alertmanager/startDevAlertmanager';
import { DevstackConfig } from '../config';
import { writeCatalogSloRules } from './catalogSloRules';
import {
  LOCALPLUS_HISTORY_DAYS,
  LOCALPLUS_TRAFFIC_SCENARIOS,
} from './localplusTraffic';
import {
  LocalplusPrometheus,
  startLocalplusPrometheus,
} from './startLocalplusPrometheus';

/** The dev stack's Prometheus, or why there is none. */
export interface DevPrometheus {
  /** Absent when Prometheus is off, not installed or failed to start. */
  stack?: LocalplusPrometheus;
  /** The rule files generated from the catalog's OpenSLO documents. */
  ruleFiles?: string[];
  describe(): string[];
  close(): Promise<void>;
}

const LABEL = 'Prometheus     ';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const STORY = LOCALPLUS_TRAFFIC_SCENARIOS.filter(s => s.state !== 'healthy')
  .map(s => `${s.service} ${s.state}`)
  .join(', ');

function notStarted(reason: string): DevPrometheus {
  return {
    describe: () => [`${LABEL} not started: ${reason}`],
    close: async () => undefined,
  };
}

const BESIDE_PROMETHEUS = alertmanagerNotStarted(
  'it only runs beside the dev Prometheus, which is not started',
);

/**
 * Prometheus with the LOCAL-PLUS traffic and the catalog's SLO alerts, and
 * the Alertmanager it sends them to (started first: Prometheus needs its
 * address). Without Prometheus the dev stack runs on (SLO pages without
 * data) unless DEVSTACK_PROMETHEUS=on; Alertmanager likewise.
 */
export async function startDevPrometheus(
  config: DevstackConfig,
  env: NodeJS.ProcessEnv,
): Promise<{ prometheus: DevPrometheus; alertmanager: DevAlertmanager }> {
  const withoutBoth = (reason: string) => {
    if (config.alertmanager === 'on') {
      throw new Error(
        `DEVSTACK_ALERTMANAGER=on, but the dev Prometheus it runs beside is not started: ${reason}`,
      );
    }
    return { prometheus: notStarted(reason), alertmanager: BESIDE_PROMETHEUS };
  };
  if (config.prometheus === 'off')
    return withoutBoth('DEVSTACK_PROMETHEUS=off');
  const required = config.prometheus === 'on';
  const prometheusBinary = findExecutable('prometheus', env.PATH);
  const promtoolBinary = findExecutable('promtool', env.PATH);
  if (!prometheusBinary || !promtoolBinary) {
    const missing = `prometheus and promtool are not both on the PATH (${PROMETHEUS_INSTALL_HINT})`;
    if (required) throw new Error(`DEVSTACK_PROMETHEUS=on, but ${missing}`);
    return withoutBoth(`${missing}; the SLO pages will have no data`);
  }
  const alertmanager = await startDevAlertmanager(config, env);
  let stack: LocalplusPrometheus;
  let rules: Awaited<ReturnType<typeof writeCatalogSloRules>>;
  try {
    rules = await writeCatalogSloRules({
      catalogDir: config.catalogDir,
      rulesDir: path.join(config.prometheusDir, 'rules'),
    });
    stack = await startLocalplusPrometheus({
      host: config.host,
      prometheusPort: config.prometheusPort,
      exporterPort: config.trafficPort,
      workDir: config.prometheusDir,
      prometheusBinary,
      promtoolBinary,
      ruleFiles: rules.files,
      alertmanagers: alertmanager.url ? [new URL(alertmanager.url).host] : [],
      // Loopback only: lets the e2e tests stop it (POST /-/quit) to see the
      // portal's "Prometheus is down" views, and rule files be reloaded.
      enableLifecycle: true,
    });
  } catch (error) {
    await alertmanager.close();
    if (required) throw error;
    return withoutBoth(`it failed to start: ${(error as Error).message}`);
  }
  const { prometheus, exporter } = stack;
  const backfilled = seconds(prometheus.timings.backfillMs);
  const started = seconds(prometheus.timings.startMs);
  const lines = [
    `${LABEL} ${prometheus.url}  ${LOCALPLUS_HISTORY_DAYS} days of LOCAL-PLUS traffic, then live (${STORY})`,
    `  history      backfilled in ${backfilled}, started in ${started}, data in ${prometheus.workDir}`,
    `  traffic      ${exporter.url}/metrics  scraped every ${DEFAULT_SCRAPE_INTERVAL_SECONDS} s`,
    `  rules        burn-rate alerts of ${
      rules.files.length
    } catalog entities' OpenSLO documents${
      alertmanager.url ? ', sent to Alertmanager' : ''
    }`,
    ...rules.problems.map(problem => `  skipped      ${problem}`),
  ];
  return {
    prometheus: {
      stack,
      ruleFiles: rules.files,
      describe: () => lines,
      close: () => stack.stop(),
    },
    alertmanager,
  };
}
