/*
 * Precompiles each workspace package's config.d.ts into config.schema.json.
 *
 * At every start the config loader compiles a `configSchema` that names a
 * .d.ts file with TypeScript, but loads a .json one as it is. Shipping the
 * JSON saves that compile. The JSON comes from the loader's own compiler
 * (`loadConfigSchema`), so it is exactly what the loader would have built.
 *
 * Run: yarn config-schemas (writes the JSON, points `configSchema` at it and
 * lists both files in `files`). packages/content-tests (src/configSchemas/)
 * runs it with --print and fails when a committed config.schema.json no
 * longer matches its config.d.ts.
 *
 * Third-party packages that ship a config.d.ts get the same treatment through
 * a Yarn patch: `yarn config-schemas --dependency <dir>` compiles the
 * config.d.ts of a package folder opened by `yarn patch` and writes the JSON
 * next to it (see the "config schema" note in README.md).
 */
import { loadConfigSchema } from '@backstage/config-loader';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// prettier 2 ships no types; these are the two calls this script makes.
const prettier: {
  resolveConfig: { sync(filePath: string): Record<string, unknown> | null };
  format(source: string, options: Record<string, unknown>): string;
} = require('prettier');

const REPO_ROOT = path.resolve(__dirname, '..');
const SCHEMA_SOURCE_FILE = 'config.d.ts';
const SCHEMA_OUTPUT_FILE = 'config.schema.json';
const WORKSPACE_FOLDERS = ['packages', 'plugins'];

interface SchemaPackage {
  name: string;
  version: string;
  dir: string;
  packageJsonPath: string;
  manifest: Record<string, unknown>;
}

function readSchemaPackage(dir: string): SchemaPackage {
  const packageJsonPath = path.join(dir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
  return {
    name: manifest.name,
    version: manifest.version,
    dir,
    packageJsonPath,
    manifest,
  };
}

/** Every package under packages/ and plugins/ that has a config.d.ts. */
function findPackagesWithConfigSchema(repoRoot = REPO_ROOT): SchemaPackage[] {
  return WORKSPACE_FOLDERS.flatMap(folder =>
    fs
      .readdirSync(path.join(repoRoot, folder), { withFileTypes: true })
      .filter(entry => entry.isDirectory())
      .map(entry => path.join(repoRoot, folder, entry.name))
      .filter(
        dir =>
          fs.existsSync(path.join(dir, 'package.json')) &&
          fs.existsSync(path.join(dir, SCHEMA_SOURCE_FILE)),
      )
      .map(readSchemaPackage),
  ).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Compiles the packages' config.d.ts files with the config loader, all in one
 * TypeScript program as the loader does at start.
 *
 * The packages' own package.json may already point at the JSON, so the loader
 * is given a stand-in package.json per package (same name and version) whose
 * `configSchema` is the absolute path of the real config.d.ts. The loader
 * namespaces shared type definitions by package name and the path relative to
 * the working directory; the compile runs from a fixed folder (the repository
 * root for ours, the package's own folder for a dependency) so the names do
 * not depend on where it was called from.
 */
async function compileConfigSchemas(
  packages: SchemaPackage[],
  workingDir = REPO_ROOT,
): Promise<Map<string, unknown>> {
  const standInDir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-schemas-'));
  const previousDir = process.cwd();
  try {
    const packagePaths = packages.map((pkg, index) => {
      const standIn = path.join(standInDir, String(index), 'package.json');
      fs.mkdirSync(path.dirname(standIn));
      fs.writeFileSync(
        standIn,
        JSON.stringify({
          name: pkg.name,
          version: pkg.version,
          configSchema: path.join(pkg.dir, SCHEMA_SOURCE_FILE),
        }),
      );
      return standIn;
    });
    process.chdir(workingDir);
    const schema = await loadConfigSchema({
      dependencies: [],
      packagePaths,
      excludePackageDependencies: true,
    });
    const compiled = schema.serialize().schemas as Array<{
      packageName: string;
      value: unknown;
    }>;
    return new Map(
      compiled.map(({ packageName, value }) => [packageName, sortKeys(value)]),
    );
  } finally {
    process.chdir(previousDir);
    fs.rmSync(standInDir, { recursive: true, force: true });
  }
}

/** Object keys in alphabetical order, at every depth; arrays keep theirs. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map(key => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The file text as prettier writes it (2-space JSON, final newline; the
 * package.json style for package.json files).
 */
function formatJson(value: unknown, filePath: string): string {
  const options = prettier.resolveConfig.sync(filePath) ?? {};
  return prettier.format(JSON.stringify(value, null, 2), {
    ...options,
    filepath: filePath,
  });
}

function withManifestFields(
  manifest: Record<string, unknown>,
): Record<string, unknown> {
  const files = Array.isArray(manifest.files) ? [...manifest.files] : [];
  for (const file of [SCHEMA_SOURCE_FILE, SCHEMA_OUTPUT_FILE]) {
    if (!files.includes(file)) {
      files.push(file);
    }
  }
  return { ...manifest, files, configSchema: SCHEMA_OUTPUT_FILE };
}

/**
 * Reads a third-party package folder for `--dependency`: one that ships its
 * schema as config.d.ts at the package root, as every such package does today.
 */
function readDependencyPackage(dir: string): SchemaPackage {
  const pkg = readSchemaPackage(path.resolve(dir));
  if (!fs.existsSync(path.join(pkg.dir, SCHEMA_SOURCE_FILE))) {
    throw new Error(
      `${pkg.name}@${pkg.version}: no ${SCHEMA_SOURCE_FILE} in ${pkg.dir}`,
    );
  }
  return pkg;
}

/**
 * The compiled schema of each package, by package folder. Ours compile
 * together from the repository root; each dependency compiles from its own
 * folder, so the result is the same wherever `yarn patch` unpacked it.
 */
async function compilePackages(
  packages: SchemaPackage[],
  areDependencies: boolean,
): Promise<Map<string, unknown>> {
  const byDir = new Map<string, unknown>();
  const groups = areDependencies ? packages.map(pkg => [pkg]) : [packages];
  for (const group of groups) {
    const workingDir = areDependencies ? group[0].dir : REPO_ROOT;
    const byName = await compileConfigSchemas(group, workingDir);
    for (const pkg of group) {
      const schema = byName.get(pkg.name);
      if (schema === undefined) {
        throw new Error(`${pkg.name}: the config loader returned no schema`);
      }
      byDir.set(pkg.dir, schema);
    }
  }
  return byDir;
}

/** Our package.json: `configSchema` on the JSON, both files in `files`. */
function updateWorkspaceManifest(pkg: SchemaPackage) {
  // Re-read right before writing: other tools may edit package.json too.
  const manifest = JSON.parse(fs.readFileSync(pkg.packageJsonPath, 'utf8'));
  fs.writeFileSync(
    pkg.packageJsonPath,
    formatJson(withManifestFields(manifest), pkg.packageJsonPath),
  );
}

/**
 * A dependency's package.json: only `configSchema` changes, and the file keeps
 * its own indentation and final newline, so the Yarn patch is that one line.
 * (`files` is left alone: it only matters when packing.)
 */
function updateDependencyManifest(pkg: SchemaPackage) {
  const text = fs.readFileSync(pkg.packageJsonPath, 'utf8');
  const indent = text.match(/^[ \t]+/m)?.[0] ?? '  ';
  const manifest = { ...JSON.parse(text), configSchema: SCHEMA_OUTPUT_FILE };
  fs.writeFileSync(
    pkg.packageJsonPath,
    JSON.stringify(manifest, null, indent) + (text.endsWith('\n') ? '\n' : ''),
  );
}

function writeSchemas(
  packages: SchemaPackage[],
  compiled: Map<string, unknown>,
  updateManifest: (pkg: SchemaPackage) => void,
) {
  for (const pkg of packages) {
    const outputPath = path.join(pkg.dir, SCHEMA_OUTPUT_FILE);
    fs.writeFileSync(outputPath, formatJson(compiled.get(pkg.dir), outputPath));
    updateManifest(pkg);
    process.stdout.write(
      `${path.relative(REPO_ROOT, outputPath)} (${pkg.name}@${pkg.version})\n`,
    );
  }
}

/** The values of every `--dependency <dir>` in the arguments. */
function dependencyDirs(args: string[]): string[] {
  return args.flatMap((arg, index) => {
    if (arg !== '--dependency') {
      return [];
    }
    const dir = args[index + 1];
    if (!dir || dir.startsWith('--')) {
      throw new Error('--dependency needs a package folder');
    }
    return [dir];
  });
}

/**
 * No arguments: our packages. `--dependency <dir>` (repeatable): those
 * third-party package folders instead. `--print` writes nothing and prints
 * the compiled schemas as JSON (`[{ dir, name, version, schema }]`, dir
 * relative to the repository root) for the content tests to compare with the
 * files on disk.
 */
async function main(args: string[]) {
  const dependencies = dependencyDirs(args).map(readDependencyPackage);
  const areDependencies = dependencies.length > 0;
  const packages = areDependencies
    ? dependencies
    : findPackagesWithConfigSchema();
  const compiled = await compilePackages(packages, areDependencies);
  if (args.includes('--print')) {
    const printed = packages.map(pkg => ({
      dir: path.relative(REPO_ROOT, pkg.dir),
      name: pkg.name,
      version: pkg.version,
      schema: compiled.get(pkg.dir),
    }));
    process.stdout.write(`${JSON.stringify(printed)}\n`);
    return;
  }
  writeSchemas(
    packages,
    compiled,
    areDependencies ? updateDependencyManifest : updateWorkspaceManifest,
  );
}

main(process.argv.slice(2)).catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
