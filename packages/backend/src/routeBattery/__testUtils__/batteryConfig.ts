import { ConfigSources } from '@backstage/config-loader';
import type { JsonObject } from '@backstage/types';
import path from 'node:path';

/** The repository root, where the app-config files live. */
export const repositoryRoot = path.resolve(__dirname, '../../../../..');

/**
 * The merged configuration of the given app-config files (relative to the
 * repository root), with `${VARIABLE}` references taken from `environment`
 * only, so the machine's own environment cannot change what is tested.
 */
export async function loadRepositoryConfig(
  files: string[],
  environment: Record<string, string | undefined>,
): Promise<JsonObject> {
  const source = ConfigSources.default({
    argv: [
      'node',
      'backend',
      ...files.flatMap(file => ['--config', path.join(repositoryRoot, file)]),
    ],
    substitutionFunc: async name => environment[name],
    env: {},
  });
  const config = await ConfigSources.toConfig(source);
  config.close();
  return config.get<JsonObject>();
}
