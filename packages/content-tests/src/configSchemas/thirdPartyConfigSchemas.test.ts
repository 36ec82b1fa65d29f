/*
 * Third-party packages must not make the backend compile TypeScript at start
 * either. Those that ship a config.d.ts schema are given a precompiled
 * config.schema.json by a Yarn patch (.yarn/patches/, applied through the
 * root `resolutions`). These checks catch a new or upgraded dependency that
 * brings a .d.ts schema, and a patched JSON that no longer matches the
 * config.d.ts it was compiled from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findInstalledPackages, InstalledPackage } from './installedPackages';
import {
  PrintedSchema,
  printConfigSchemas,
  repoRoot,
} from './__testUtils__/printConfigSchemas';

const README_NOTE = 'README.md, "Third-party config schemas"';

interface PatchedPackage {
  /** The root `resolutions` key that applies the patch. */
  resolution: string;
  name: string;
  version: string;
  patchFile: string;
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
}

/** The root resolutions whose patch adds a config.schema.json. */
function findConfigSchemaPatches(): PatchedPackage[] {
  const resolutions: Record<string, string> =
    readJson('package.json').resolutions ?? {};
  return Object.entries(resolutions).flatMap(([resolution, value]) => {
    const match =
      /^patch:(@?[^@]+)@npm%3A([^#]+)#~\/(\.yarn\/patches\/.+)$/.exec(value);
    if (!match) {
      return [];
    }
    const [, name, version, patchFile] = match;
    const patch = fs.readFileSync(path.join(repoRoot, patchFile), 'utf8');
    return patch.includes('diff --git a/config.schema.json')
      ? [{ resolution, name, version: decodeURIComponent(version), patchFile }]
      : [];
  });
}

function fixCommand(pkg: InstalledPackage): string {
  return [
    `yarn patch ${pkg.name}@npm:${pkg.version}`,
    `yarn config-schemas --dependency <the folder it printed>`,
    `yarn patch-commit -s <that folder>`,
    `keep the patch as a root resolution "${pkg.name}@npm:<range>" only (${README_NOTE})`,
    `yarn install`,
  ].join('; ');
}

const installed = findInstalledPackages(repoRoot);
const patches = findConfigSchemaPatches();
const patchedCopies = installed.filter(pkg =>
  patches.some(
    patch => patch.name === pkg.name && patch.version === pkg.version,
  ),
);

describe('third-party config schemas', () => {
  it('finds the installed packages, nested node_modules included', () => {
    expect(installed.length).toBeGreaterThan(100);
    expect(
      installed.some(pkg => pkg.dir.split('node_modules').length > 2),
    ).toBe(true);
  });

  it('no installed package declares a .d.ts configSchema', () => {
    const offenders = installed
      .filter(pkg => String(pkg.manifest.configSchema).endsWith('.d.ts'))
      .map(
        pkg =>
          `${pkg.name}@${pkg.version} (${pkg.dir}) declares configSchema ` +
          `${JSON.stringify(pkg.manifest.configSchema)}, which the backend ` +
          `compiles with TypeScript at every start; precompile it: ${fixCommand(
            pkg,
          )}`,
      );
    expect(offenders).toEqual([]);
  });

  describe('patched packages', () => {
    let compiled: PrintedSchema[] = [];

    beforeAll(async () => {
      if (patchedCopies.length > 0) {
        compiled = await printConfigSchemas(
          patchedCopies.map(pkg => path.join(repoRoot, pkg.dir)),
        );
      }
    }, 60_000);

    patches.forEach(patch => {
      const label = `${patch.name}@${patch.version}`;
      const copies = patchedCopies.filter(
        pkg => pkg.name === patch.name && pkg.version === patch.version,
      );

      it(`${label} is installed (${patch.resolution})`, () => {
        const problems =
          copies.length > 0
            ? []
            : [
                `${patch.patchFile} patches ${label}, which is no longer installed: ` +
                  `drop its resolution "${patch.resolution}" and the patch file, ` +
                  `and patch the new version if it ships a config.d.ts (${README_NOTE})`,
              ];
        expect(problems).toEqual([]);
      });

      it(`${label} points configSchema at config.schema.json and keeps config.d.ts`, () => {
        const problems = copies.flatMap(pkg =>
          [
            pkg.manifest.configSchema !== 'config.schema.json' &&
              `configSchema is ${JSON.stringify(pkg.manifest.configSchema)}`,
            !fs.existsSync(path.join(repoRoot, pkg.dir, 'config.d.ts')) &&
              'config.d.ts is missing',
          ]
            .filter(Boolean)
            .map(problem => `${pkg.dir}: ${problem} (${README_NOTE})`),
        );
        expect(problems).toEqual([]);
      });

      it(`${label}: config.schema.json matches its config.d.ts`, () => {
        for (const pkg of copies) {
          const schemaFile = `${pkg.dir}/config.schema.json`;
          const shipped = fs.existsSync(path.join(repoRoot, schemaFile))
            ? readJson(schemaFile)
            : undefined;
          const fresh = compiled.find(entry => entry.dir === pkg.dir)?.schema;
          expect(fresh).toBeDefined();
          // Both sides have their keys sorted by the script, so the text compares.
          if (JSON.stringify(shipped) !== JSON.stringify(fresh)) {
            throw new Error(
              `${schemaFile} is missing or out of date with ${pkg.dir}/config.d.ts: ` +
                `redo ${patch.patchFile} (${README_NOTE})`,
            );
          }
        }
      });
    });
  });
});
