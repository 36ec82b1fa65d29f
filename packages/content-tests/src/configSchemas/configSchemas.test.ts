import fs from 'node:fs';
import path from 'node:path';
import {
  PrintedSchema,
  printConfigSchemas,
  repoRoot,
} from './__testUtils__/printConfigSchemas';

// The backend loads each package's config.schema.json as it is; the JSON is
// compiled from config.d.ts (the source of truth) by `yarn config-schemas`,
// with the config loader's own compiler. These checks catch a config.d.ts
// edited without the JSON being regenerated.

const HINT = 'run yarn config-schemas';

const packageDirs = ['packages', 'plugins']
  .flatMap(folder =>
    fs
      .readdirSync(path.join(repoRoot, folder))
      .map(name => `${folder}/${name}`),
  )
  .filter(dir => fs.existsSync(path.join(repoRoot, dir, 'config.d.ts')))
  .sort();

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
}

describe('precompiled config schemas', () => {
  let compiled: PrintedSchema[];

  beforeAll(async () => {
    compiled = await printConfigSchemas();
  }, 60_000);

  it('compiles every package that has a config.d.ts', () => {
    expect(packageDirs.length).toBeGreaterThan(0);
    expect(compiled.map(entry => entry.dir).sort()).toEqual(packageDirs);
  });

  it.each(packageDirs)(
    '%s declares config.schema.json as its configSchema and ships both files',
    dir => {
      const manifest = readJson(`${dir}/package.json`);
      const problems = [
        manifest.configSchema !== 'config.schema.json' &&
          `configSchema is ${JSON.stringify(manifest.configSchema)}`,
        !manifest.files?.includes('config.d.ts') && 'files lacks config.d.ts',
        !manifest.files?.includes('config.schema.json') &&
          'files lacks config.schema.json',
      ].filter(Boolean);
      expect(problems.map(problem => `${dir}: ${problem} (${HINT})`)).toEqual(
        [],
      );
    },
  );

  it.each(packageDirs)('%s/config.schema.json matches its config.d.ts', dir => {
    const schemaFile = `${dir}/config.schema.json`;
    const committed = fs.existsSync(path.join(repoRoot, schemaFile))
      ? readJson(schemaFile)
      : undefined;
    const fresh = compiled.find(entry => entry.dir === dir)?.schema;
    expect(fresh).toBeDefined();
    // Both sides have their keys sorted by the script, so the text compares.
    if (JSON.stringify(committed) !== JSON.stringify(fresh)) {
      throw new Error(
        `${schemaFile} is missing or out of date with ${dir}/config.d.ts: ${HINT}`,
      );
    }
  });
});
