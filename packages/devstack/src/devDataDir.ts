import path from 'node:path';

/**
 * The folder for data the dev portal keeps between restarts: `PORTAL_DEV_DATA_DIR`
 * when set (the e2e tests point it at their own folder), else the repository's
 * git-ignored `.devdata/`, the same default as app-config.yaml's.
 */
export function devDataDir(env: NodeJS.ProcessEnv): string {
  if (env.PORTAL_DEV_DATA_DIR) {
    return path.resolve(env.PORTAL_DEV_DATA_DIR);
  }
  const packageDir = path.dirname(
    require.resolve('@localplus/devstack/package.json'),
  );
  return path.resolve(packageDir, '../../.devdata');
}
