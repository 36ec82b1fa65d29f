import { PackageGraph } from '@backstage/cli-node';
import { ConfigSchema, loadConfigSchema } from '@backstage/config-loader';
import path from 'node:path';
import { repositoryRoot } from './portalConfig';

/** Every package of the workspace: the widest set of schemas there is. */
export async function workspacePackageNames(): Promise<string[]> {
  const packages = await PackageGraph.listTargetPackages();
  return packages.map(pkg => pkg.packageJson.name);
}

/**
 * The packages whose schemas the app build bundles into
 * `dist/.config-schema.json` (what the app backend filters the served
 * config with): the app and its workspace dependencies, transitively, as
 * `backstage-cli package build` collects them.
 */
export async function appBuildPackageNames(): Promise<string[]> {
  const graph = PackageGraph.fromPackages(
    await PackageGraph.listTargetPackages(),
  );
  return [
    ...graph.collectPackageNames(['app'], node =>
      node.localDependencies.keys(),
    ),
  ];
}

/** The merged config schema of the packages and everything they depend on. */
export function loadSchemaOf(packageNames: string[]): Promise<ConfigSchema> {
  return loadConfigSchema({
    dependencies: packageNames,
    packagePaths: [path.join(repositoryRoot, 'package.json')],
  });
}
