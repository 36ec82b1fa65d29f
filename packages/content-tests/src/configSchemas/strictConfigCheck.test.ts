/*
 * The repository's configuration files against every installed package's
 * schema with `backstage-cli config:check --strict`: a key no schema
 * declares (a misspelt option Backstage would silently ignore, such as
 * search.pg.highlightOptions.maxWord for maxWords) fails here. Production is
 * checked with each variable it reads set to a placeholder, as the
 * deployment sets them all (packages/content-tests/src/deploy).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { productionConfigVariables } from '../deploy/__testUtils__/productionConfigVariables';
import { repoRoot } from './__testUtils__/printConfigSchemas';

jest.setTimeout(180_000);

const cli = path.join(
  path.dirname(require.resolve('@backstage/cli/package.json')),
  'bin',
  'backstage-cli',
);

async function strictCheck(
  configFiles: string[],
  env: Record<string, string> = {},
): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        cli,
        'config:check',
        '--strict',
        ...configFiles.flatMap(file => ['--config', file]),
      ],
      { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 8 << 20 },
    );
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as {
      stdout?: string;
      stderr?: string;
    };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}

describe('backstage-cli config:check --strict', () => {
  it('accepts the development configuration (app-config.yaml)', async () => {
    const result = await strictCheck(['app-config.yaml']);
    expect(result.output).not.toMatch(/Config must/);
    expect(result.ok).toBe(true);
  });

  it('accepts the production configuration with every variable it reads set', async () => {
    const env = Object.fromEntries(
      productionConfigVariables().map(({ name }) => [
        name,
        `placeholder-${name.toLowerCase()}`,
      ]),
    );
    const result = await strictCheck(
      ['app-config.yaml', 'app-config.production.yaml'],
      env,
    );
    expect(result.output).not.toMatch(/Config must/);
    expect(result.ok).toBe(true);
  });

  it('refuses a key no schema declares', async () => {
    const result = await strictCheck([
      'app-config.yaml',
      path.join(__dirname, '__fixtures__', 'misspelt-option.yaml'),
    ]);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/additionalProperty=maxWord/);
  });
});
