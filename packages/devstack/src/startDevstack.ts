import {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  findExecutable,
  PROMETHEUS_INSTALL_HINT,
} from '@localplus/server-kit';
import { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
import {
  DEVSTACK_DEFAULTS,
  DEVSTACK_VARIABLES,
  DevstackConfig,
} from './config';
import { buildDevstackDataset } from './dataset/buildDevstackDataset';
import { FAULT_ADMIN_PATH } from './faults';
import {
  KubernetesSimulator,
  startKubernetesSimulator,
} from './kubernetes/startKubernetesSimulator';
import {
  LOCALPLUS_HISTORY_DAYS,
  LOCALPLUS_TRAFFIC_SCENARIOS,
} from './prometheus/localplusTraffic';
import {
  LocalplusPrometheus,
  startLocalplusPrometheus,
} from './prometheus/startLocalplusPrometheus';
import { SimulatorHandle } from './startSimulator';

export { devstackConfigFromEnv, type DevstackConfig } from './config';

export interface Devstack {
  kubernetes: KubernetesSimulator;
  argoCd: SimulatorHandle;
  /** Prometheus with the LOCAL-PLUS traffic, when installed (see README). */
  prometheus: {
    /** Absent when Prometheus is off, not installed or failed to start. */
    stack?: LocalplusPrometheus;
    describe(): string[];
    close(): Promise<void>;
  };
  describe(): string[];
  close(): Promise<void>;
}

const LABEL = 'Prometheus     ';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const STORY = LOCALPLUS_TRAFFIC_SCENARIOS.filter(s => s.state !== 'healthy')
  .map(s => `${s.service} ${s.state}`)
  .join(', ');

/** Without Prometheus the dev stack runs on (SLO pages without data) unless `on`. */
async function startDevPrometheus(
  config: DevstackConfig,
  env: NodeJS.ProcessEnv,
): Promise<Devstack['prometheus']> {
  const notStarted = (reason: string) => ({
    describe: () => [`${LABEL} not started: ${reason}`],
    close: async () => undefined,
  });
  if (config.prometheus === 'off') return notStarted('DEVSTACK_PROMETHEUS=off');
  const required = config.prometheus === 'on';
  const prometheusBinary = findExecutable('prometheus', env.PATH);
  const promtoolBinary = findExecutable('promtool', env.PATH);
  if (!prometheusBinary || !promtoolBinary) {
    const missing = `prometheus and promtool are not both on the PATH (${PROMETHEUS_INSTALL_HINT})`;
    if (required) throw new Error(`DEVSTACK_PROMETHEUS=on, but ${missing}`);
    return notStarted(`${missing}; the SLO pages will have no data`);
  }
  let stack: LocalplusPrometheus;
  try {
    stack = await startLocalplusPrometheus({
      host: config.host,
      prometheusPort: config.prometheusPort,
      exporterPort: config.trafficPort,
      workDir: config.prometheusDir,
      prometheusBinary,
      promtoolBinary,
      // Loopback only: lets the e2e tests stop it (POST /-/quit) to see the
      // portal's "Prometheus is down" views, and rule files be reloaded.
      enableLifecycle: true,
    });
  } catch (error) {
    if (required) throw error;
    return notStarted(`it failed to start: ${(error as Error).message}`);
  }
  const { prometheus, exporter } = stack;
  const backfilled = seconds(prometheus.timings.backfillMs);
  const started = seconds(prometheus.timings.startMs);
  const lines = [
    `${LABEL} ${prometheus.url}  ${LOCALPLUS_HISTORY_DAYS} days of LOCAL-PLUS traffic, then live (${STORY})`,
    `  history      backfilled in ${backfilled}, started in ${started}, data in ${prometheus.workDir}`,
    `  traffic      ${exporter.url}/metrics  scraped every ${DEFAULT_SCRAPE_INTERVAL_SECONDS} s`,
  ];
  return { stack, describe: () => lines, close: () => stack.stop() };
}

/**
 * Both simulators on one dataset, with fault endpoints, and Prometheus when
 * installed (a second or two: 30 days are backfilled first). Refuses
 * NODE_ENV=production: the simulators accept fixed, published credentials.
 */
export async function startDevstack(
  config: DevstackConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Devstack> {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'The dev stack is for development and tests only; refusing to start with NODE_ENV=production',
    );
  }
  const dataset = buildDevstackDataset({ catalogDir: config.catalogDir });
  const shared = { host: config.host, dataset, adminEndpoints: true };
  // Whatever started is closed again when a later part fails to start.
  const started: Array<{ close(): Promise<void> }> = [];
  const closeAll = async () => {
    await Promise.all(started.map(handle => handle.close()));
  };
  try {
    const kubernetes = await startKubernetesSimulator({
      ...shared,
      port: config.kubernetesPort,
      token: config.kubernetesToken,
    });
    started.push(kubernetes);
    const argoCd = await startArgoCdSimulator({
      ...shared,
      port: config.argoCdPort,
      token: config.argoCdToken,
      username: config.argoCdUsername,
      password: config.argoCdPassword,
    });
    started.push(argoCd);
    const prometheus = await startDevPrometheus(config, env);
    started.push(prometheus);
    const shown = (setting: 'kubernetesToken' | 'argoCdToken') =>
      config[setting] === DEVSTACK_DEFAULTS[setting]
        ? config[setting]
        : `(set by ${DEVSTACK_VARIABLES[setting]})`;
    const { components, clusters, applications } = dataset;
    const user = config.argoCdUsername;
    return {
      kubernetes,
      argoCd,
      prometheus,
      describe: () => [
        'LOCAL-PLUS dev stack: simulated APIs for development and tests, never for production.',
        `Kubernetes API  ${kubernetes.url}  token ${shown('kubernetesToken')}`,
        ...Object.entries(kubernetes.clusterUrls).map(
          ([name, url]) => `  ${name.padEnd(12)} ${url}`,
        ),
        `Argo CD API     ${argoCd.url}  token ${shown(
          'argoCdToken',
        )}, user ${user}`,
        ...prometheus.describe(),
        `Faults          POST ${FAULT_ADMIN_PATH} on either server (bearer token required)`,
        `Data            ${components.length} components x ${clusters.length} clusters, ${applications.length} applications, from ${config.catalogDir}`,
      ],
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
