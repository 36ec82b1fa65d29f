// The package boundaries of the portal, checked by the test command
// (`yarn deps:check`). The rules are explained, one paragraph each, in
// portal-docs/docs/how-the-portal-is-built.md; keep the two in step.
//
// The workspace map (which folder is which package, its Backstage role and
// what it declares) is read from the package.json files, so a new plugin is
// covered the day it is created.
const fs = require('node:fs');
const path = require('node:path');

// PORTAL_DEPS_ROOT lets the rules' own test run them on a fixture repository.
const ROOT = process.env.PORTAL_DEPS_ROOT ?? __dirname;
const WORKSPACE_ROOTS = ['packages', 'plugins'];
// Workspaces that are a single folder rather than a folder of packages.
const SINGLE_WORKSPACES = ['bench'];

// Test-only code: tests, their helpers and fixtures, and the /testUtils entry
// point a package exports for other packages' tests.
const TEST_FILE =
  '(\\.test\\.tsx?$|/__testUtils__/|/__fixtures__/|/src/testUtils\\.tsx?$|/src/setupTests\\.ts$)';

// Workspaces that never run in production: the dev stack, the kit of real
// servers for tests, and the repository content checks.
const TEST_ONLY_WORKSPACES = [
  'packages/devstack',
  'packages/server-kit',
  'packages/content-tests',
  'packages/replica-tests',
  'bench',
];
// Workspaces in which every file is test code.
const ALL_TEST_CODE = [
  'packages/content-tests',
  'packages/replica-tests',
  'bench',
];

// npm packages that only tests may use.
const TEST_LIBRARIES =
  'node_modules/(@backstage/(backend-test-utils|test-utils|frontend-test-utils|cli)|msw|supertest|@testing-library/[^/]+|jest|fast-check)/';

const BROWSER_ROLES = new Set([
  'frontend',
  'frontend-plugin',
  'frontend-plugin-module',
  'web-library',
  'common-library',
]);
const NODE_ROLES = new Set([
  'backend',
  'backend-plugin',
  'backend-plugin-module',
  'node-library',
  'cli',
]);
// Node-only npm packages that carry no Backstage role.
const NODE_ONLY_NPM = [
  'express',
  'knex',
  'fs-extra',
  'better-sqlite3',
  'pg',
  '@kubernetes/client-node',
  'yn',
];

const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function workspaceDirs() {
  const nested = WORKSPACE_ROOTS.flatMap(root =>
    fs
      .readdirSync(path.join(ROOT, root), { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => `${root}/${d.name}`),
  );
  return [...nested, ...SINGLE_WORKSPACES].filter(dir =>
    fs.existsSync(path.join(ROOT, dir, 'package.json')),
  );
}

function workspaces() {
  return workspaceDirs().map(dir => {
    const manifest = readJson(path.join(ROOT, dir, 'package.json'));
    return {
      dir,
      name: manifest.name,
      role: manifest.backstage?.role,
      dependencies: Object.keys(manifest.dependencies ?? {}),
      devDependencies: Object.keys(manifest.devDependencies ?? {}),
    };
  });
}

// npm packages whose own Backstage role says they run on Node only.
function nodeOnlyNpmPackages() {
  const scope = path.join(ROOT, 'node_modules', '@backstage');
  const backstage = fs.existsSync(scope)
    ? fs
        .readdirSync(scope)
        .filter(name => {
          const manifest = path.join(scope, name, 'package.json');
          return (
            fs.existsSync(manifest) &&
            NODE_ROLES.has(readJson(manifest).backstage?.role)
          );
        })
        .map(name => `@backstage/${name}`)
    : [];
  return [...backstage, ...NODE_ONLY_NPM];
}

const all = workspaces();
const byName = new Map(all.map(w => [w.name, w]));
const anyOf = dirs =>
  dirs.length ? `^(${dirs.map(escape).join('|')})/` : '^$';

// For each workspace, the workspaces it may import: itself and what its
// package.json declares (dependencies for production code, devDependencies
// too for tests).
function declaredWorkspaceRules() {
  return all.flatMap(ws => {
    const declared = names =>
      names.map(n => byName.get(n)?.dir).filter(Boolean);
    const production = [ws.dir, ...declared(ws.dependencies)];
    const tests = [...production, ...declared(ws.devDependencies)];
    const testCode = ALL_TEST_CODE.includes(ws.dir)
      ? `^${escape(ws.dir)}/`
      : `^${escape(ws.dir)}/.*${TEST_FILE}`;
    return [
      {
        name: 'declared-workspace-dependency',
        comment: `${ws.name} imports a workspace package its package.json "dependencies" do not declare.`,
        severity: 'error',
        from: {
          path: `^${escape(ws.dir)}/`,
          pathNot: [TEST_FILE, anyOf(ALL_TEST_CODE)],
        },
        to: { path: '^(packages|plugins)/', pathNot: anyOf(production) },
      },
      {
        name: 'declared-workspace-dependency',
        comment: `A test of ${ws.name} imports a workspace package its package.json does not declare.`,
        severity: 'error',
        from: { path: testCode },
        to: { path: '^(packages|plugins)/', pathNot: anyOf(tests) },
      },
    ];
  });
}

const browserDirs = all.filter(w => BROWSER_ROLES.has(w.role)).map(w => w.dir);
const nodeDirs = all.filter(w => NODE_ROLES.has(w.role)).map(w => w.dir);

module.exports = {
  forbidden: [
    {
      name: 'private-file-of-another-package',
      comment:
        'Another package is reached by a relative path into its folder. Import it by its package name, through the entry points its package.json exports.',
      severity: 'error',
      from: { path: '^(packages|plugins|bench|e2e-tests)/([^/]+)/' },
      to: {
        path: '^(packages|plugins)/[^/]+/',
        pathNot: '^$1/$2/',
        dependencyTypes: ['local'],
      },
    },
    {
      name: 'private-file-of-another-package',
      comment:
        'bench/ or e2e-tests/ reach a package by a relative path. Import it by its package name, through its exports (a /testUtils subpath for test kits).',
      severity: 'error',
      from: { path: '^(bench|e2e-tests)/' },
      to: { path: '^(packages|plugins)/', dependencyTypes: ['local'] },
    },
    {
      name: 'not-an-exported-entry-point',
      comment:
        'Another package is imported below its entry points (for example @localplus/x/src/...). Use "." or a subpath its package.json exports (such as /testUtils).',
      severity: 'error',
      from: { path: '^(packages/[^/]+|plugins/[^/]+|bench)/' },
      to: {
        path: '^(packages|plugins)/[^/]+/',
        pathNot: [
          '^$1/',
          '^(packages|plugins)/[^/]+/src/(index|testUtils|alpha)\\.tsx?$',
        ],
      },
    },
    {
      name: 'test-code-in-production',
      comment:
        'Production code imports test-only code: a test, a __testUtils__ or __fixtures__ file, a /testUtils entry point, a test-only workspace (devstack, server-kit, content-tests) or a test library.',
      severity: 'error',
      from: {
        path: '^(packages|plugins)/',
        pathNot: [TEST_FILE, anyOf(TEST_ONLY_WORKSPACES)],
      },
      to: {
        path: [`${TEST_FILE}`, anyOf(TEST_ONLY_WORKSPACES), TEST_LIBRARIES],
      },
    },
    {
      name: 'plugin-imports-packages',
      comment:
        "Plugins never import packages/*: those wire the app and the backend, or serve tests. The exceptions are the kit of real servers and the dev stack's simulators, in tests.",
      severity: 'error',
      from: { path: '^plugins/', pathNot: TEST_FILE },
      to: { path: '^packages/' },
    },
    {
      name: 'plugin-imports-packages',
      comment:
        'A plugin test imports packages/*; only the kit of real servers (packages/server-kit) and the simulators of the Kubernetes, Argo CD and GitHub APIs (packages/devstack) are allowed there.',
      severity: 'error',
      from: { path: `^plugins/.*${TEST_FILE}` },
      to: { path: '^packages/', pathNot: '^packages/(server-kit|devstack)/' },
    },
    {
      name: 'browser-code-imports-node',
      comment:
        'A frontend or common package imports a Node built-in or a Node-only package; it would break in the browser.',
      severity: 'error',
      from: { path: anyOf(browserDirs), pathNot: TEST_FILE },
      to: {
        dependencyTypesNot: ['type-only'],
        path: [
          anyOf(nodeDirs),
          `node_modules/(${nodeOnlyNpmPackages().map(escape).join('|')})/`,
        ],
      },
    },
    {
      name: 'browser-code-imports-node',
      comment: 'A frontend or common package imports a Node built-in module.',
      severity: 'error',
      from: { path: anyOf(browserDirs), pathNot: TEST_FILE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'undeclared-npm-dependency',
      comment:
        "An npm package is imported that the importing package's package.json does not declare.",
      severity: 'error',
      from: { path: '^(packages|plugins|bench)/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'production-code-uses-dev-dependency',
      comment:
        'Production code imports a package declared only in devDependencies; it would be missing where the package is installed for production.',
      severity: 'error',
      from: {
        path: '^(packages|plugins)/',
        pathNot: [TEST_FILE, anyOf(TEST_ONLY_WORKSPACES)],
      },
      // A peer dependency (react) is declared for development too; the host provides it.
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only', 'npm-peer'],
      },
    },
    {
      name: 'unresolvable-import',
      comment: 'An import that resolves to no file.',
      severity: 'error',
      from: { path: '^(packages|plugins|bench|e2e-tests)/' },
      to: { couldNotResolve: true },
    },
    ...declaredWorkspaceRules(),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output, declarations and lint configuration are not code of ours.
    exclude: {
      path: ['/dist/', '/dist-types/', '\\.d\\.ts$', '(^|/)\\.eslintrc\\.js$'],
    },
    tsPreCompilationDeps: true,
    ...(fs.existsSync(path.join(ROOT, 'tsconfig.json'))
      ? { tsConfig: { fileName: path.join(ROOT, 'tsconfig.json') } }
      : {}),
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['types', 'main'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
