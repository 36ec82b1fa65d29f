import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { enforceProductionSignIn } from './enforceProductionSignIn';

describe('enforceProductionSignIn', () => {
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
    await enforceProductionSignIn({
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

  it('start in production with app-config.production.yaml layered on app-config.yaml', async () => {
    const exit = jest.fn(
      (() => undefined) as unknown as (code: number) => never,
    );
    await enforceProductionSignIn({
      argv: argv('app-config.yaml', 'app-config.production.yaml'),
      env: { NODE_ENV: 'production' },
      exit,
      writeError: () => {},
    });
    expect(exit).not.toHaveBeenCalled();
  });

  it('refuse to run the development config as production', async () => {
    const lines: string[] = [];
    const exit = jest.fn(
      (() => undefined) as unknown as (code: number) => never,
    );
    await enforceProductionSignIn({
      argv: argv('app-config.yaml'),
      env: { NODE_ENV: 'production' },
      exit,
      writeError: line => lines.push(line),
    });
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines[0]).toContain('guest sign-in is enabled');
  });
});
