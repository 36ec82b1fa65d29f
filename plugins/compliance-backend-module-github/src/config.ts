import type { Config } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  apiTokenSchema,
  httpBaseUrlSchema,
  normalizeBaseUrl,
} from '@localplus/portal-node';
import {
  readTierAnnotation,
  readTierModel,
  TierLevel,
} from '@localplus/plugin-tiers-common';
import { z } from 'zod';

export const CONFIG_KEY = 'compliance.github';

export const DEFAULT_API_BASE_URL = 'https://api.github.com';
export const DEFAULT_MAX_REPOSITORIES = 2000;
const MAX_MAX_REPOSITORIES = 100_000;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 20;
const MAX_REQUEST_TIMEOUT_SECONDS = 300;

/** The collector's settings: checked, defaults applied. */
export interface GithubCollectorSettings {
  /** The REST API root, without a trailing slash: `https://api.github.com`, `https://ghe.example.com/api/v3`. */
  apiBaseUrl: string;
  /** Never logged nor put in an observation. */
  token?: string;
  /** Which key the token came from, for the startup log. */
  tokenSource?: string;
  /** Repositories read per run at most; the others are reported as not read. */
  maxRepositories: number;
  /** One request to GitHub, in milliseconds: past it the repository is not read. */
  requestTimeoutMs: number;
  /**
   * The tier model (`localplus.tiers`) as the check reads it: the annotation
   * in which components declare their tier, and the levels strictest first
   * (none without a model: then no tier is known).
   */
  tiers: {
    annotation: string;
    levels: ReadonlyArray<Pick<TierLevel, 'id'>>;
  };
}

const token = apiTokenSchema(512);
const baseUrl = httpBaseUrlSchema('token');

const settingsSchema = z.strictObject({
  baseUrl: baseUrl.optional(),
  token: token.optional(),
  maxRepositories: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_MAX_REPOSITORIES, `must be at most ${MAX_MAX_REPOSITORIES}`)
    .optional(),
  requestTimeoutSeconds: z
    .number({ error: 'must be a number' })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1')
    .max(
      MAX_REQUEST_TIMEOUT_SECONDS,
      `must be at most ${MAX_REQUEST_TIMEOUT_SECONDS}`,
    )
    .optional(),
});

/**
 * The token of the `integrations.github` entry that serves this API, and
 * only that one: a github.com token is never sent to an Enterprise server or
 * to the dev stack's simulator.
 */
function integrationToken(
  config: Config,
  apiBaseUrl: string,
): { token: string; source: string } | undefined {
  const { host } = new URL(apiBaseUrl);
  const integration = ScmIntegrations.fromConfig(config)
    .github.list()
    .find(({ config: github }) =>
      github.apiBaseUrl
        ? normalizeBaseUrl(github.apiBaseUrl) === apiBaseUrl
        : github.host === host,
    );
  const found = integration?.config.token;
  return found
    ? {
        token: found,
        source: `integrations.github[host=${integration.config.host}].token`,
      }
    : undefined;
}

/**
 * Reads `compliance.github`, failing startup with the key at fault (never
 * the token's value). The token is `compliance.github.token`, else the
 * token of the GitHub integration whose API is `baseUrl` (github.com when
 * no `baseUrl` is set). The tiers come from the tier model, `localplus.tiers`.
 */
export function readGithubCollectorSettings(
  config: Config,
): GithubCollectorSettings {
  const section = config.getOptionalConfig(CONFIG_KEY);
  const parsed = settingsSchema.safeParse(
    section?.get<Record<string, unknown>>() ?? {},
  );
  if (!parsed.success) {
    const details = parsed.error.issues
      .map(issue => {
        const key = [CONFIG_KEY, ...issue.path.map(String)].join('.');
        return issue.code === 'unrecognized_keys'
          ? `${CONFIG_KEY}: unknown key ${issue.keys.join(', ')}`
          : `${key}: ${issue.message}`;
      })
      .join('; ');
    throw new Error(`Invalid ${CONFIG_KEY} config: ${details}`);
  }
  const values = parsed.data;
  const apiBaseUrl = values.baseUrl ?? DEFAULT_API_BASE_URL;
  const fromIntegration = values.token
    ? undefined
    : integrationToken(config, apiBaseUrl);
  return {
    apiBaseUrl,
    ...(values.token && {
      token: values.token,
      tokenSource: `${CONFIG_KEY}.token`,
    }),
    ...(fromIntegration && {
      token: fromIntegration.token,
      tokenSource: fromIntegration.source,
    }),
    maxRepositories: values.maxRepositories ?? DEFAULT_MAX_REPOSITORIES,
    requestTimeoutMs:
      (values.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000,
    tiers: {
      annotation: readTierAnnotation(config),
      levels: readTierModel(config)?.levels ?? [],
    },
  };
}
