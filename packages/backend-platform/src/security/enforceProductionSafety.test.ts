import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { enforceProductionSafety } from './enforceProductionSafety';

describe('enforceProductionSafety', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signin-guard-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(files: string[]) {
    const lines: string[] = [];
    const exit = jest.fn(
      (() => undefined) as unknown as (code: number) => never,
    );
    await enforceProductionSafety({
      argv: ['node', 'backend', ...files.flatMap(f => ['--config', f])],
      env: {},
      exit,
      writeError: line => lines.push(line),
    });
    return { lines, exit };
  }

  it('lets a safe production config through', async () => {
    const { lines, exit } = await run([
      write(
        'a.yaml',
        'auth:\n  environment: production\n  providers:\n    github:\n      production: { clientId: x, clientSecret: y }\n',
      ),
    ]);
    expect(exit).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('exits 1 with one line when a production overlay keeps guest sign-in', async () => {
    const { lines, exit } = await run([
      write('base.yaml', 'auth:\n  providers:\n    guest: {}\n'),
      write('prod.yaml', 'auth:\n  environment: production\n'),
    ]);
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^LOCAL-PLUS portal refused to start: guest sign-in is enabled/,
    );
  });
});

describe('the repository configs', () => {
  const root = path.resolve(__dirname, '../../../..');
  const argv = (...files: string[]) => [
    'node',
    'backend',
    ...files.flatMap(f => ['--config', path.join(root, f)]),
  ];

  /** Every `${NAME}` the production file reads, set as a deployment would. */
  const productionVariables = [
    ...fs
      .readFileSync(path.join(root, 'app-config.production.yaml'), 'utf8')
      .matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g),
  ].map(match => match[1]);

  async function startProduction(missing: string[] = []) {
    const saved = { ...process.env };
    for (const name of productionVariables) {
      if (missing.includes(name)) delete process.env[name];
      else {
        process.env[name] = name.endsWith('_URL')
          ? `https://${name.toLowerCase()}.example`
          : `value-of-${name}`;
      }
    }
    const lines: string[] = [];
    const exit = jest.fn(
      (() => undefined) as unknown as (code: number) => never,
    );
    try {
      await enforceProductionSafety({
        argv: argv('app-config.yaml', 'app-config.production.yaml'),
        env: { NODE_ENV: 'production' },
        exit,
        writeError: line => lines.push(line),
      });
    } finally {
      process.env = saved;
    }
    return { lines, exit };
  }

  it('start in production with app-config.production.yaml layered on app-config.yaml', async () => {
    expect(productionVariables).toEqual(
      expect.arrayContaining(['ARGOCD_URL', 'ONCALL_WEBHOOK_SECRET']),
    );
    const { lines, exit } = await startProduction();
    expect(lines).toEqual([]);
    expect(exit).not.toHaveBeenCalled();
  });

  it('refuse production when a missing variable leaves the development value in place, naming the key and not the value', async () => {
    const { lines, exit } = await startProduction([
      'ARGOCD_URL',
      'ONCALL_WEBHOOK_SECRET',
    ]);
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      'ARGOCD_URL is not set (app-config.production.yaml reads it)',
    );
    expect(lines[0]).toContain(
      'ONCALL_WEBHOOK_SECRET is not set (app-config.production.yaml reads it)',
    );
    expect(lines[0]).toContain(
      'oncall.pages.webhookSecret holds a development-only secret',
    );
    expect(lines[0]).not.toContain('not-for-production');
    expect(lines[0]).not.toContain('127.0.0.1');
  });

  it('refuse to run the development config as production', async () => {
    const lines: string[] = [];
    const exit = jest.fn(
      (() => undefined) as unknown as (code: number) => never,
    );
    await enforceProductionSafety({
      argv: argv('app-config.yaml'),
      env: { NODE_ENV: 'production' },
      exit,
      writeError: line => lines.push(line),
    });
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines[0]).toContain('guest sign-in is enabled');
  });
});
