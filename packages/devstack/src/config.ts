import path from 'node:path';
import { z } from 'zod';
import { defaultCatalogDir } from './catalog/deployableComponents';
import { loadDataFile } from './dataFiles';

const port = z.coerce.number().int().min(0).max(65535);

const configSchema = z.object({
  host: z.string().min(1),
  kubernetesPort: port,
  argoCdPort: port,
  pagerDutyPort: port,
  githubPort: port,
  kubernetesToken: z.string().min(8),
  argoCdToken: z.string().min(8),
  pagerDutyToken: z.string().min(8),
  githubToken: z.string().min(8),
  argoCdUsername: z.string().min(1),
  argoCdPassword: z.string().min(1),
  catalogDir: z.string().min(1),
  prometheus: z.enum(['auto', 'on', 'off']),
  prometheusPort: port,
  trafficPort: port,
  prometheusDir: z.string().min(1),
  alertmanager: z.enum(['auto', 'on', 'off']),
  oncallWebhookUrl: z.url({
    protocol: /^https?$/,
    error: 'must be an http or https URL',
  }),
  // The portal refuses a shorter oncall.pages.webhookSecret.
  oncallWebhookSecret: z.string().min(16),
});

export type DevstackConfig = z.infer<typeof configSchema>;

const SETTINGS = loadDataFile(
  'devstack.yaml',
  z.object({
    variables: z.record(
      configSchema.keyof(),
      z.string().regex(/^DEVSTACK_[A-Z_]+$/),
    ),
    defaults: configSchema.omit({ catalogDir: true, prometheusDir: true }),
  }),
);

/** The fixed local defaults of data/devstack.yaml. */
export const DEVSTACK_DEFAULTS = SETTINGS.defaults;
/** The `DEVSTACK_*` variable of each setting. */
export const DEVSTACK_VARIABLES = SETTINGS.variables;

/** The e2e tests set `PORTAL_DEV_DATA_DIR`; the default is app-config.yaml's. */
function devDataDir(env: NodeJS.ProcessEnv): string {
  return path.resolve(
    env.PORTAL_DEV_DATA_DIR ?? path.join(defaultCatalogDir(), '../.devdata'),
  );
}

/** Reads `DEVSTACK_*` variables over the defaults (see README, "Running it"). */
export function devstackConfigFromEnv(env: NodeJS.ProcessEnv): DevstackConfig {
  const defaults: Record<string, unknown> = {
    ...DEVSTACK_DEFAULTS,
    catalogDir: defaultCatalogDir(),
    prometheusDir: path.join(devDataDir(env), 'prometheus'),
  };
  const values = Object.entries(DEVSTACK_VARIABLES).map(
    ([setting, variable]) => [setting, env[variable] ?? defaults[setting]],
  );
  const parsed = configSchema.safeParse(Object.fromEntries(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid dev stack setting ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return parsed.data;
}

type SecretSetting =
  | 'kubernetesToken'
  | 'argoCdToken'
  | 'pagerDutyToken'
  | 'githubToken'
  | 'oncallWebhookSecret';

/**
 * A credential as the dev stack may print it: the published default as it
 * is (the portal's config has it too), anything else only by its variable.
 */
export function shownSecret(
  config: DevstackConfig,
  setting: SecretSetting,
): string {
  return config[setting] === DEVSTACK_DEFAULTS[setting]
    ? config[setting]
    : `(set by ${DEVSTACK_VARIABLES[setting]})`;
}
