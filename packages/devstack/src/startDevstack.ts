import path from 'node:path';
import { z } from 'zod';
import { startArgoCdSimulator } from './argocd/startArgoCdSimulator';
import { defaultCatalogDir } from './catalog/readCatalogEntities';
import { buildDevstackDataset } from './dataset/buildDevstackDataset';
import { DEVSTACK_DEFAULTS } from './defaults';
import { devDataDir } from './devDataDir';
import { FAULT_ADMIN_PATH } from './faults/faultAdminRouter';
import {
  KubernetesSimulator,
  startKubernetesSimulator,
} from './kubernetes/startKubernetesSimulator';
import {
  DevPrometheus,
  startDevPrometheus,
} from './prometheus/startDevPrometheus';
import { SimulatorHandle } from './simulatorHandle';

const port = z.coerce.number().int().min(0).max(65535);

const configSchema = z.object({
  host: z.string().min(1),
  kubernetesPort: port,
  argoCdPort: port,
  kubernetesToken: z.string().min(8),
  argoCdToken: z.string().min(8),
  argoCdUsername: z.string().min(1),
  argoCdPassword: z.string().min(1),
  catalogDir: z.string().min(1),
  prometheus: z.enum(['auto', 'on', 'off']),
  prometheusPort: port,
  trafficPort: port,
  prometheusDir: z.string().min(1),
});

export type DevstackConfig = z.infer<typeof configSchema>;

/** Reads `DEVSTACK_*` variables over the defaults (see README, "Configuration"). */
export function devstackConfigFromEnv(env: NodeJS.ProcessEnv): DevstackConfig {
  const parsed = configSchema.safeParse({
    host: env.DEVSTACK_HOST ?? DEVSTACK_DEFAULTS.host,
    kubernetesPort:
      env.DEVSTACK_KUBERNETES_PORT ?? DEVSTACK_DEFAULTS.kubernetesPort,
    argoCdPort: env.DEVSTACK_ARGOCD_PORT ?? DEVSTACK_DEFAULTS.argoCdPort,
    kubernetesToken:
      env.DEVSTACK_KUBERNETES_TOKEN ?? DEVSTACK_DEFAULTS.kubernetesToken,
    argoCdToken: env.DEVSTACK_ARGOCD_TOKEN ?? DEVSTACK_DEFAULTS.argoCdToken,
    argoCdUsername:
      env.DEVSTACK_ARGOCD_USERNAME ?? DEVSTACK_DEFAULTS.argoCdUsername,
    argoCdPassword:
      env.DEVSTACK_ARGOCD_PASSWORD ?? DEVSTACK_DEFAULTS.argoCdPassword,
    catalogDir: env.DEVSTACK_CATALOG_DIR ?? defaultCatalogDir(),
    prometheus: env.DEVSTACK_PROMETHEUS ?? 'auto',
    prometheusPort:
      env.DEVSTACK_PROMETHEUS_PORT ?? DEVSTACK_DEFAULTS.prometheusPort,
    trafficPort: env.DEVSTACK_TRAFFIC_PORT ?? DEVSTACK_DEFAULTS.trafficPort,
    prometheusDir:
      env.DEVSTACK_PROMETHEUS_DIR ?? path.join(devDataDir(env), 'prometheus'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid dev stack setting ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return parsed.data;
}

export interface Devstack {
  kubernetes: KubernetesSimulator;
  argoCd: SimulatorHandle;
  /** Prometheus with the LOCAL-PLUS traffic, when installed (see README). */
  prometheus: DevPrometheus;
  /** Human-readable lines saying where everything listens. */
  describe(): string[];
  close(): Promise<void>;
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
  // Whatever started is closed again when a later part fails to start.
  const started: Array<{ close(): Promise<void> }> = [];
  const keep = <T extends { close(): Promise<void> }>(handle: T): T => {
    started.push(handle);
    return handle;
  };
  let kubernetes: KubernetesSimulator;
  let argoCd: SimulatorHandle;
  let prometheus: DevPrometheus;
  try {
    kubernetes = keep(
      await startKubernetesSimulator({
        host: config.host,
        port: config.kubernetesPort,
        token: config.kubernetesToken,
        dataset,
        adminEndpoints: true,
      }),
    );
    argoCd = keep(
      await startArgoCdSimulator({
        host: config.host,
        port: config.argoCdPort,
        token: config.argoCdToken,
        username: config.argoCdUsername,
        password: config.argoCdPassword,
        dataset,
        adminEndpoints: true,
      }),
    );
    prometheus = keep(
      await startDevPrometheus({
        mode: config.prometheus,
        host: config.host,
        prometheusPort: config.prometheusPort,
        trafficPort: config.trafficPort,
        workDir: config.prometheusDir,
        env,
      }),
    );
  } catch (error) {
    await Promise.all(started.map(handle => handle.close()));
    throw error;
  }

  const shown = (value: string, fallback: string, variable: string) =>
    value === fallback ? value : `(set by ${variable})`;
  return {
    kubernetes,
    argoCd,
    prometheus,
    describe: () => [
      'LOCAL-PLUS dev stack: simulated APIs for development and tests, never for production.',
      `Kubernetes API  ${kubernetes.url}  token ${shown(
        config.kubernetesToken,
        DEVSTACK_DEFAULTS.kubernetesToken,
        'DEVSTACK_KUBERNETES_TOKEN',
      )}`,
      ...Object.entries(kubernetes.clusterUrls).map(
        ([name, url]) => `  ${name.padEnd(12)} ${url}`,
      ),
      `Argo CD API     ${argoCd.url}  token ${shown(
        config.argoCdToken,
        DEVSTACK_DEFAULTS.argoCdToken,
        'DEVSTACK_ARGOCD_TOKEN',
      )}, user ${config.argoCdUsername}`,
      ...prometheus.describe(),
      `Faults          POST ${FAULT_ADMIN_PATH} on either server (bearer token required)`,
      `Data            ${dataset.components.length} components x ${dataset.clusters.length} clusters, ${dataset.applications.length} applications, from ${config.catalogDir}`,
    ],
    close: async () => {
      await Promise.all(started.map(handle => handle.close()));
    },
  };
}
