import { AppConfig, ConfigReader } from '@backstage/config';
import { ConfigSources } from '@backstage/config-loader';
import { JsonObject } from '@backstage/types';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The repository root, where the app-config files live. */
export const repositoryRoot = path.resolve(__dirname, '../../../../..');

/** The configuration each environment runs with, in load order. */
export const CONFIG_FILES = {
  development: ['app-config.yaml'],
  production: ['app-config.yaml', 'app-config.production.yaml'],
} as const;

export type Environment = keyof typeof CONFIG_FILES;

/** Every `${VARIABLE}` the files substitute, defaults (`${X:-y}`) included. */
export function substitutedVariables(files: readonly string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(repositoryRoot, file), 'utf8');
    for (const match of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) {
      names.add(match[1]);
    }
  }
  return [...names].sort();
}

/**
 * A recognisable random value for every variable the files substitute, so
 * a test can find where each one ends up: a URL for `*_URL` variables,
 * `fake-<name>-<random>` for the others.
 */
export function fakeEnvironment(
  files: readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    substitutedVariables(files).map(name => {
      const token = `fake-${name
        .toLowerCase()
        .replace(/_/g, '-')}-${randomBytes(6).toString('hex')}`;
      return [name, name.endsWith('_URL') ? `https://${token}.example` : token];
    }),
  );
}

/**
 * The files' configuration as the backend reads it, one entry per file,
 * with `${VARIABLE}` taken from `environment` only, so the machine's own
 * environment cannot change what is tested.
 */
export async function loadAppConfigs(
  files: readonly string[],
  environment: Record<string, string | undefined>,
): Promise<AppConfig[]> {
  const source = ConfigSources.default({
    argv: [
      'node',
      'backend',
      ...files.flatMap(file => ['--config', path.join(repositoryRoot, file)]),
    ],
    substitutionFunc: async name => environment[name],
    env: {},
  });
  const abort = new AbortController();
  for await (const { configs } of source.readConfigData({
    signal: abort.signal,
  })) {
    abort.abort();
    return configs.map(({ data, context }) => ({ data, context }));
  }
  throw new Error(`No configuration read from ${files.join(', ')}`);
}

/** The files' configuration merged, as one object. */
export async function loadMergedConfig(
  files: readonly string[],
  environment: Record<string, string | undefined>,
): Promise<JsonObject> {
  return ConfigReader.fromConfigs(
    await loadAppConfigs(files, environment),
  ).get<JsonObject>();
}

/**
 * The configuration with its database replaced by SQLite in memory: tests
 * of what the backend serves over HTTP do not need production's PostgreSQL.
 */
export function withInMemoryDatabase(config: JsonObject): JsonObject {
  const backend = (config.backend ?? {}) as JsonObject;
  return {
    ...config,
    backend: {
      ...backend,
      database: { client: 'better-sqlite3', connection: ':memory:' },
    },
  };
}
