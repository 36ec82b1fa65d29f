/*
 * Lists the third-party packages installed for this repository: every
 * package.json under the root's and each workspace's node_modules, nested
 * node_modules included. Workspace links (symlinks) are left out: our own
 * packages are checked by configSchemas.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface InstalledPackage {
  name: string;
  version: string;
  /** The package folder, relative to the repository root. */
  dir: string;
  manifest: Record<string, any>;
}

/** The workspace folders the root package.json declares (`dir` or `dir/*`). */
function workspaceDirs(repoRoot: string): string[] {
  const rootManifest = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
  );
  const patterns: string[] = Array.isArray(rootManifest.workspaces)
    ? rootManifest.workspaces
    : rootManifest.workspaces?.packages ?? [];
  return patterns.flatMap(pattern => {
    if (!pattern.endsWith('/*')) {
      return [pattern];
    }
    const parent = pattern.slice(0, -2);
    return fs
      .readdirSync(path.join(repoRoot, parent), { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => `${parent}/${entry.name}`);
  });
}

/** Real folders only: a symlink's Dirent is not a directory. */
function childDirs(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !entry.name.startsWith('.'))
    .map(entry => path.join(dir, entry.name));
}

export function findInstalledPackages(repoRoot: string): InstalledPackage[] {
  const found: InstalledPackage[] = [];

  function visitPackage(dir: string) {
    const manifestPath = path.join(dir, 'package.json');
    if (!fs.existsSync(manifestPath)) {
      return;
    }
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    found.push({
      name: manifest.name,
      version: manifest.version,
      dir: path.relative(repoRoot, dir),
      manifest,
    });
    visitNodeModules(path.join(dir, 'node_modules'));
  }

  function visitNodeModules(nodeModulesDir: string) {
    if (!fs.existsSync(nodeModulesDir)) {
      return;
    }
    for (const dir of childDirs(nodeModulesDir)) {
      if (path.basename(dir).startsWith('@')) {
        childDirs(dir).forEach(visitPackage);
      } else {
        visitPackage(dir);
      }
    }
  }

  for (const dir of ['.', ...workspaceDirs(repoRoot)]) {
    visitNodeModules(path.join(repoRoot, dir, 'node_modules'));
  }
  return found;
}
