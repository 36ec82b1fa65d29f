import type { JsonObject } from '@backstage/types';
import path from 'node:path';
import {
  loadMergedConfig,
  repositoryRoot,
} from '../../hardening/__testUtils__/portalConfig';

/** Where the backend runs, and what relative paths in app-config mean. */
const backendDirectory = path.join(repositoryRoot, 'packages', 'backend');

/**
 * The catalog resolves a file location against the working directory: the
 * backend's package when it runs, the repository root under the test
 * command's Jest. Relative targets are made absolute from the backend's
 * package so the same catalog loads either way.
 */
function withAbsoluteFileLocations(config: JsonObject): JsonObject {
  const catalog = config.catalog as JsonObject | undefined;
  const locations = catalog?.locations as JsonObject[] | undefined;
  if (!catalog || !locations) return config;
  return {
    ...config,
    catalog: {
      ...catalog,
      locations: locations.map(location =>
        location.type === 'file' && typeof location.target === 'string'
          ? {
              ...location,
              target: path.resolve(backendDirectory, location.target),
            }
          : location,
      ),
    },
  };
}

/** The compliance control folders, made absolute the same way. */
function withAbsoluteComplianceFolders(config: JsonObject): JsonObject {
  const compliance = config.compliance as JsonObject | undefined;
  const controls = compliance?.controls as string[] | undefined;
  if (!compliance || !controls) return config;
  return {
    ...config,
    compliance: {
      ...compliance,
      controls: controls.map(folder => path.resolve(backendDirectory, folder)),
    },
  };
}

/**
 * The merged configuration of the given app-config files (relative to the
 * repository root), with `${VARIABLE}` references taken from `environment`
 * only, so the machine's own environment cannot change what is tested, and
 * catalog file locations and compliance folders made absolute.
 */
export async function loadRepositoryConfig(
  files: string[],
  environment: Record<string, string | undefined>,
): Promise<JsonObject> {
  return withAbsoluteComplianceFolders(
    withAbsoluteFileLocations(await loadMergedConfig(files, environment)),
  );
}
