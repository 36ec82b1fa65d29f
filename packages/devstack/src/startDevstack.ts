import {
  DEFAULT_SCRAPE_INTERVAL_SECONDS,
  findExecutable,
  PROMETHEUS_INSTALL_HINT,
} from '@localplus/server-kit';
import { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
import { DEVSTACK_DEFAULTS, DevstackConfig } from './config';
import { buildDevstackDataset } from './dataset/buildDevstackDataset';
import { FAULT_ADMIN_PATH } from './faults';
import { SimulatorHandle } from './http';
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
  /** Human-readable lines saying where everything listens. */
  describe(): string[];
  close(): Promise<void>;
}

const LABEL = 'Prometheus     ';
const VARIABLES = {
  kubernetesToken: 'DEVSTACK_KUBERNETES_TOKEN',
  argoCdToken: 'DEVSTACK_ARGOCD_TOKEN',
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The dev stack's Prometheus: 30 days of LOCAL-PLUS traffic and the live
 * exporter, when the machine has Prometheus. Without it the dev stack runs
 * on (the SLO pages then show no data) unless the config says `on`.
 */
async function startDevPrometheus(
  config: DevstackConfig,
  env: NodeJS.ProcessEnv,
): Promise<Devstack['prometheus']> {
  const notStarted = (reason: string) => ({
    describe: () => [`${LABEL} not started: ${reason}`],
    close: async () => undefined,
  });
  if (config.prometheus === 'off') {
    return notStarted('DEVSTACK_PROMETHEUS=off');
  }
  const prometheusBinary = findExecutable('prometheus', env.PATH);
  const promtoolBinary = findExecutable('promtool', env.PATH);
  const missing = `prometheus and promtool are not both on the PATH (${PROMETHEUS_INSTALL_HINT})`;
  if ((!prometheusBinary || !promtoolBinary) && config.prometheus === 'on') {
    throw new Error(`DEVSTACK_PROMETHEUS=on, but ${missing}`);
  } else if (!prometheusBinary || !promtoolBinary) {
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
    if (config.prometheus === 'on') {
      throw error;
    }
    return notStarted(`it failed to start: ${(error as Error).message}`);
  }
  const { prometheus, exporter } = stack;
  const story = LOCALPLUS_TRAFFIC_SCENARIOS.filter(s => s.state !== 'healthy')
    .map(s => `${s.service} ${s.state}`)
    .join(', ');
  const { backfillMs, startMs } = prometheus.timings;
  return {
    stack,
    describe: () => [
      `${LABEL} ${prometheus.url}  ${LOCALPLUS_HISTORY_DAYS} days of LOCAL-PLUS traffic, then live (${story})`,
      `  ${'history'.padEnd(12)} backfilled in ${seconds(
        backfillMs,
      )}, started in ${seconds(startMs)}, data in ${prometheus.workDir}`,
      `  ${'traffic'.padEnd(12)} ${
        exporter.url
      }/metrics  scraped every ${DEFAULT_SCRAPE_INTERVAL_SECONDS} s`,
    ],
    close: () => stack.stop(),
  };
}

/**
 * Starts both simulators on one shared dataset, with the fault admin
 * endpoints mounted, and Prometheus with the LOCAL-PLUS traffic when the
 * machine has it (a second or two: 30 days are backfilled first). Refuses
 * to run with NODE_ENV=production: the simulators accept fixed, published
 * credentials.
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
  const { host } = config;
  // Whatever started is closed again when a later part fails to start.
  const started: Array<{ close(): Promise<void> }> = [];
  const closeAll = async () => {
    await Promise.all(started.map(handle => handle.close()));
  };
  const keep = async <T extends { close(): Promise<void> }>(
    starting: Promise<T>,
  ) => {
    const handle = await starting;
    started.push(handle);
    return handle;
  };
  try {
    const kubernetes = await keep(
      startKubernetesSimulator({
        host,
        port: config.kubernetesPort,
        token: config.kubernetesToken,
        dataset,
        adminEndpoints: true,
      }),
    );
    const argoCd = await keep(
      startArgoCdSimulator({
        host,
        port: config.argoCdPort,
        token: config.argoCdToken,
        username: config.argoCdUsername,
        password: config.argoCdPassword,
        dataset,
        adminEndpoints: true,
      }),
    );
    const prometheus = await keep(startDevPrometheus(config, env));
    const shown = (setting: 'kubernetesToken' | 'argoCdToken') =>
      config[setting] === DEVSTACK_DEFAULTS[setting]
        ? config[setting]
        : `(set by ${VARIABLES[setting]})`;
    const { components, clusters, applications } = dataset;
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
        `Argo CD API     ${argoCd.url}  token ${shown('argoCdToken')}, user ${
          config.argoCdUsername
        }`,
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
