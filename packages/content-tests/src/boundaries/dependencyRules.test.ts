import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// The package-boundary rules (.dependency-cruiser.cjs at the repository root)
// run on a small fixture workspace: every rule must catch its own kind of
// broken import, and a clean workspace must pass.

const repoRoot = path.resolve(__dirname, '../../../..');
const configFile = path.join(repoRoot, '.dependency-cruiser.cjs');
const depcruise = path.join(
  repoRoot,
  'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs',
);
const run = promisify(execFile);

type Files = Record<string, string>;

const manifest = (
  name: string,
  role: string,
  dependencies: string[] = [],
  devDependencies: string[] = [],
  exportsTestUtils = false,
) =>
  JSON.stringify({
    name,
    main: 'src/index.ts',
    ...(exportsTestUtils
      ? {
          exports: {
            '.': './src/index.ts',
            './testUtils': './src/testUtils.ts',
          },
        }
      : {}),
    backstage: { role },
    dependencies: Object.fromEntries(dependencies.map(d => [d, '*'])),
    devDependencies: Object.fromEntries(devDependencies.map(d => [d, '*'])),
  });

// A workspace that obeys every rule.
const cleanWorkspace: Files = {
  'package.json': JSON.stringify({
    name: 'fixture',
    private: true,
    workspaces: ['packages/*', 'plugins/*'],
  }),
  'plugins/shop-common/package.json': manifest(
    '@fx/shop-common',
    'common-library',
  ),
  'plugins/shop-common/src/index.ts':
    'export const shopName = (n: string) => n.trim();\n',
  'plugins/shop-backend/package.json': manifest(
    '@fx/shop-backend',
    'backend-plugin',
    ['@fx/shop-common', 'tiny-lib'],
    ['@fx/server-kit'],
    true,
  ),
  'plugins/shop-backend/src/index.ts':
    "import { shopName } from '@fx/shop-common';\nimport { pad } from 'tiny-lib';\nexport const label = pad(shopName(' x '));\n",
  'plugins/shop-backend/src/testUtils.ts':
    "export { fakeShop } from './__testUtils__/fakeShop';\n",
  'plugins/shop-backend/src/__testUtils__/fakeShop.ts':
    "export const fakeShop = () => 'fake';\n",
  'plugins/shop-backend/src/index.test.ts':
    "import { startServer } from '@fx/server-kit';\nimport { fakeShop } from './__testUtils__/fakeShop';\nimport { label } from './index';\nexport const t = [startServer, fakeShop, label];\n",
  'plugins/shop/package.json': manifest('@fx/shop', 'frontend-plugin', [
    '@fx/shop-common',
  ]),
  'plugins/shop/src/index.ts':
    "import { shopName } from '@fx/shop-common';\nexport const title = shopName('Shop');\n",
  'packages/server-kit/package.json': manifest(
    '@fx/server-kit',
    'node-library',
  ),
  'packages/server-kit/src/index.ts':
    "import http from 'node:http';\nexport const startServer = () => http.createServer();\n",
  'packages/backend-platform/package.json': manifest(
    '@fx/backend-platform',
    'node-library',
  ),
  'packages/backend-platform/src/index.ts': 'export const guard = 1;\n',
  'packages/devstack/package.json': manifest('@fx/devstack', 'node-library'),
  'packages/devstack/src/index.ts': 'export const simulator = 1;\n',
  'packages/backend/package.json': manifest(
    'backend',
    'backend',
    ['@fx/shop-backend', '@fx/backend-platform'],
    ['@fx/shop-backend'],
  ),
  'packages/backend/src/index.ts':
    "import { label } from '@fx/shop-backend';\nimport { guard } from '@fx/backend-platform';\nexport const wired = [label, guard];\n",
  'packages/backend/src/index.test.ts':
    "import { fakeShop } from '@fx/shop-backend/testUtils';\nexport const t = fakeShop;\n",
  'node_modules/tiny-lib/package.json': JSON.stringify({
    name: 'tiny-lib',
    main: 'index.js',
  }),
  'node_modules/tiny-lib/index.js': 'exports.pad = s => ` ${s} `;\n',
  'node_modules/undeclared-lib/package.json': JSON.stringify({
    name: 'undeclared-lib',
    main: 'index.js',
  }),
  'node_modules/undeclared-lib/index.js': 'exports.x = 1;\n',
};

const workspaceLinks: Record<string, string> = {
  '@fx/shop-common': 'plugins/shop-common',
  '@fx/shop-backend': 'plugins/shop-backend',
  '@fx/shop': 'plugins/shop',
  '@fx/server-kit': 'packages/server-kit',
  '@fx/backend-platform': 'packages/backend-platform',
  '@fx/devstack': 'packages/devstack',
};

async function cruise(extra: Files): Promise<{ code: number; output: string }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-deps-'));
  try {
    for (const [file, content] of Object.entries({
      ...cleanWorkspace,
      ...extra,
    })) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    }
    for (const [name, dir] of Object.entries(workspaceLinks)) {
      const link = path.join(root, 'node_modules', name);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(path.join(root, dir), link, 'dir');
    }
    try {
      const { stdout } = await run(
        process.execPath,
        [
          depcruise,
          '--config',
          configFile,
          '--output-type',
          'err',
          'packages',
          'plugins',
        ],
        { cwd: root, env: { ...process.env, PORTAL_DEPS_ROOT: root } },
      );
      return { code: 0, output: stdout };
    } catch (error) {
      const failure = error as {
        code?: number;
        stdout?: string;
        stderr?: string;
      };
      return {
        code: failure.code ?? 1,
        output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`,
      };
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('package boundary rules', () => {
  jest.setTimeout(60_000);

  it('pass a workspace that keeps every rule', async () => {
    const { code, output } = await cruise({});
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  it.each([
    [
      'a relative import into another package',
      {
        'plugins/shop/src/peek.ts':
          "export { shopName } from '../../shop-common/src/index';\n",
      },
      'private-file-of-another-package',
      'plugins/shop/src/peek.ts',
    ],
    [
      'a deep import below the exported entry points',
      {
        'plugins/shop-common/src/internal.ts': 'export const hidden = 1;\n',
        'plugins/shop/src/peek.ts':
          "export { hidden } from '@fx/shop-common/src/internal';\n",
      },
      'not-an-exported-entry-point',
      'plugins/shop/src/peek.ts',
    ],
    [
      'production code importing a test helper',
      {
        'plugins/shop-backend/src/leak.ts':
          "export { fakeShop } from './__testUtils__/fakeShop';\n",
      },
      'test-code-in-production',
      'plugins/shop-backend/src/leak.ts',
    ],
    [
      'production code importing another package /testUtils',
      {
        'packages/backend/src/leak.ts':
          "export { fakeShop } from '@fx/shop-backend/testUtils';\n",
      },
      'test-code-in-production',
      'packages/backend/src/leak.ts',
    ],
    [
      'a frontend package importing a Node built-in',
      {
        'plugins/shop/src/disk.ts':
          "import fs from 'node:fs';\nexport const f = fs;\n",
      },
      'browser-code-imports-node',
      'plugins/shop/src/disk.ts',
    ],
    [
      'a plugin importing packages/*',
      {
        'plugins/shop-backend/package.json': manifest(
          '@fx/shop-backend',
          'backend-plugin',
          ['@fx/shop-common', 'tiny-lib', '@fx/backend-platform'],
          ['@fx/server-kit'],
          true,
        ),
        'plugins/shop-backend/src/guarded.ts':
          "export { guard } from '@fx/backend-platform';\n",
      },
      'plugin-imports-packages',
      'plugins/shop-backend/src/guarded.ts',
    ],
    [
      'an npm package the importer does not declare',
      {
        'plugins/shop-common/src/extra.ts':
          "export { x } from 'undeclared-lib';\n",
      },
      'undeclared-npm-dependency',
      'plugins/shop-common/src/extra.ts',
    ],
    [
      'a workspace package the importer does not declare',
      {
        'plugins/shop/src/twice.ts':
          "export { label } from '@fx/shop-backend';\n",
      },
      'declared-workspace-dependency',
      'plugins/shop/src/twice.ts',
    ],
  ])('fail on %s', async (_what, files: Files, rule, file) => {
    const { code, output } = await cruise(files);
    expect(code).not.toBe(0);
    const line = output.split('\n').find(l => l.includes(`${rule}: ${file}`));
    expect(line).toBeDefined();
  });
});
