import { DevAlertmanager } from './alertmanager/startDevAlertmanager';
import { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
import { DevstackConfig, shownSecret } from './config';
import { buildDevstackDataset } from './dataset/buildDevstackDataset';
import { FAULT_ADMIN_PATH } from './faults';
import { portalCatalogSources } from './github/catalogRepositories';
import { WEAK_DEMO_REPOSITORY } from './github/demoGithub';
import {
  GithubSimulatorHandle,
  startGithubSimulator,
} from './github/startGithubSimulator';
import {
  KubernetesSimulator,
  startKubernetesSimulator,
} from './kubernetes/startKubernetesSimulator';
import {
  PagerDutySimulatorHandle,
  startPagerDutySimulator,
} from './pagerduty/startPagerDutySimulator';
import {
  DevPrometheus,
  startDevPrometheus,
} from './prometheus/startDevPrometheus';
import { SimulatorHandle } from './startSimulator';

export { devstackConfigFromEnv, type DevstackConfig } from './config';

export interface Devstack {
  kubernetes: KubernetesSimulator;
  argoCd: SimulatorHandle;
  /** The Viridial demo account's PagerDuty REST API. */
  pagerDuty: PagerDutySimulatorHandle;
  /** The demo organisation's repositories and their branch protection. */
  github: GithubSimulatorHandle;
  /** Prometheus with the LOCAL-PLUS traffic, when installed (see README). */
  prometheus: DevPrometheus;
  /** Alertmanager posting Prometheus's alerts to the portal, when installed. */
  alertmanager: DevAlertmanager;
  describe(): string[];
  close(): Promise<void>;
}

/**
 * Both simulators on one dataset, with fault endpoints, and Prometheus and
 * Alertmanager when installed (a second or two: 30 days are backfilled
 * first). Refuses NODE_ENV=production: the simulators accept fixed,
 * published credentials.
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
    const pagerDuty = await startPagerDutySimulator({
      host: config.host,
      port: config.pagerDutyPort,
      token: config.pagerDutyToken,
      adminEndpoints: true,
    });
    started.push(pagerDuty);
    const github = await startGithubSimulator({
      host: config.host,
      port: config.githubPort,
      token: config.githubToken,
      catalogSources: portalCatalogSources(config.catalogDir),
      adminEndpoints: true,
    });
    started.push(github);
    const { prometheus, alertmanager } = await startDevPrometheus(config, env);
    started.push(prometheus, alertmanager);
    const shown = (
      setting:
        | 'kubernetesToken'
        | 'argoCdToken'
        | 'pagerDutyToken'
        | 'githubToken',
    ) => shownSecret(config, setting);
    const { components, clusters, applications } = dataset;
    const user = config.argoCdUsername;
    return {
      kubernetes,
      argoCd,
      pagerDuty,
      github,
      prometheus,
      alertmanager,
      describe: () => [
        'LOCAL-PLUS dev stack: simulated APIs for development and tests, never for production.',
        `Kubernetes API  ${kubernetes.url}  token ${shown('kubernetesToken')}`,
        ...Object.entries(kubernetes.clusterUrls).map(
          ([name, url]) => `  ${name.padEnd(12)} ${url}`,
        ),
        `Argo CD API     ${argoCd.url}  token ${shown(
          'argoCdToken',
        )}, user ${user}`,
        `PagerDuty API   ${pagerDuty.url}  token ${shown(
          'pagerDutyToken',
        )}, the Viridial demo account (${
          pagerDuty.dataset.services.length
        } services, ${pagerDuty.dataset.schedules.length} schedules)`,
        `GitHub API      ${github.url}  token ${shown(
          'githubToken',
        )}, demo branch protection of ${
          github.dataset.repositories.length
        } repositories (${WEAK_DEMO_REPOSITORY} deliberately without required reviews)`,
        ...prometheus.describe(),
        ...alertmanager.describe(),
        `Faults          POST ${FAULT_ADMIN_PATH} on any simulator (its token required)`,
        `Data            ${components.length} components x ${clusters.length} clusters, ${applications.length} applications, from ${config.catalogDir}`,
      ],
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
