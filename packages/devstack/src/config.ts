import path from 'node:path';
import { z } from 'zod';
import { defaultCatalogDir } from './catalog/deployableComponents';

/**
 * Fixed local defaults of the dev stack. They are dev-only credentials of a
 * simulator on the loopback interface; nothing real accepts them.
 */
export const DEVSTACK_DEFAULTS = {
  host: '127.0.0.1',
  kubernetesPort: 7701,
  argoCdPort: 7702,
  prometheusPort: 7703,
  /** The live LOCAL-PLUS traffic that Prometheus scrapes. */
  trafficPort: 7704,
  kubernetesToken: 'localplus-devstack-kubernetes-token',
  argoCdToken: 'localplus-devstack-argocd-token',
  argoCdUsername: 'admin',
  argoCdPassword: 'localplus-devstack',
} as const;

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

/**
 * The folder for data the dev portal keeps between restarts: `PORTAL_DEV_DATA_DIR`
 * when set (the e2e tests point it at their own folder), else the repository's
 * git-ignored `.devdata/`, the same default as app-config.yaml's.
 */
function devDataDir(env: NodeJS.ProcessEnv): string {
  return path.resolve(
    env.PORTAL_DEV_DATA_DIR ?? path.join(defaultCatalogDir(), '../.devdata'),
  );
}

/** Reads `DEVSTACK_*` variables over the defaults (see README, "Configuration"). */
export function devstackConfigFromEnv(env: NodeJS.ProcessEnv): DevstackConfig {
  const d = DEVSTACK_DEFAULTS;
  const parsed = configSchema.safeParse({
    host: env.DEVSTACK_HOST ?? d.host,
    kubernetesPort: env.DEVSTACK_KUBERNETES_PORT ?? d.kubernetesPort,
    argoCdPort: env.DEVSTACK_ARGOCD_PORT ?? d.argoCdPort,
    kubernetesToken: env.DEVSTACK_KUBERNETES_TOKEN ?? d.kubernetesToken,
    argoCdToken: env.DEVSTACK_ARGOCD_TOKEN ?? d.argoCdToken,
    argoCdUsername: env.DEVSTACK_ARGOCD_USERNAME ?? d.argoCdUsername,
    argoCdPassword: env.DEVSTACK_ARGOCD_PASSWORD ?? d.argoCdPassword,
    catalogDir: env.DEVSTACK_CATALOG_DIR ?? defaultCatalogDir(),
    prometheus: env.DEVSTACK_PROMETHEUS ?? 'auto',
    prometheusPort: env.DEVSTACK_PROMETHEUS_PORT ?? d.prometheusPort,
    trafficPort: env.DEVSTACK_TRAFFIC_PORT ?? d.trafficPort,
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
