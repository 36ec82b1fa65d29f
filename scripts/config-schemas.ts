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

interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  packageJsonPath: string;
  manifest: Record<string, unknown>;
}

/** Every package under packages/ and plugins/ that has a config.d.ts. */
function findPackagesWithConfigSchema(
  repoRoot = REPO_ROOT,
): WorkspacePackage[] {
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
      .map(dir => {
        const packageJsonPath = path.join(dir, 'package.json');
        const manifest = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
        return {
          name: manifest.name,
          version: manifest.version,
          dir,
          packageJsonPath,
          manifest,
        };
      }),
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
 * the working directory; the compile runs from the repository root so the
 * names do not depend on where it was called from.
 */
async function compileConfigSchemas(
  packages: WorkspacePackage[],
  repoRoot = REPO_ROOT,
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
    process.chdir(repoRoot);
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

async function writeSchemas(
  packages: WorkspacePackage[],
  compiled: Map<string, unknown>,
) {
  for (const pkg of packages) {
    const outputPath = path.join(pkg.dir, SCHEMA_OUTPUT_FILE);
    fs.writeFileSync(
      outputPath,
      formatJson(compiled.get(pkg.name), outputPath),
    );

    // Re-read right before writing: other tools may edit package.json too.
    const manifest = JSON.parse(fs.readFileSync(pkg.packageJsonPath, 'utf8'));
    fs.writeFileSync(
      pkg.packageJsonPath,
      formatJson(withManifestFields(manifest), pkg.packageJsonPath),
    );
    process.stdout.write(
      `${path.relative(REPO_ROOT, outputPath)} (${pkg.name})\n`,
    );
  }
}

/**
 * `--print` writes nothing and prints the compiled schemas as JSON
 * (`[{ dir, name, schema }]`, dir relative to the repository root) for the
 * content tests to compare with the committed files.
 */
async function main(args: string[]) {
  const packages = findPackagesWithConfigSchema();
  const compiled = await compileConfigSchemas(packages);
  for (const pkg of packages) {
    if (compiled.get(pkg.name) === undefined) {
      throw new Error(`${pkg.name}: the config loader returned no schema`);
    }
  }
  if (args.includes('--print')) {
    const printed = packages.map(pkg => ({
      dir: path.relative(REPO_ROOT, pkg.dir),
      name: pkg.name,
      schema: compiled.get(pkg.name),
    }));
    process.stdout.write(`${JSON.stringify(printed)}\n`);
    return;
  }
  await writeSchemas(packages, compiled);
}

main(process.argv.slice(2)).catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
