import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRODUCTION_ENVIRONMENT } from './__testUtils__/productionEnvironment';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../../..');

/** Starts the real backend entry point, as `backstage-cli package start` does. */
function startBackend(extraConfig: string, unset: string[] = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-guard-'));
  const overlay = path.join(dir, 'overlay.yaml');
  fs.writeFileSync(overlay, extraConfig);
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      path.join(__dirname, 'index.ts'),
      ...['app-config.yaml', 'app-config.production.yaml'].flatMap(f => [
        '--config',
        path.join(root, f),
      ]),
      '--config',
      overlay,
    ],
    {
      cwd: path.join(root, 'packages/backend'),
      env: Object.fromEntries(
        Object.entries({
          ...process.env,
          ...PRODUCTION_ENVIRONMENT,
          NODE_ENV: 'production',
        }).filter(([name]) => !unset.includes(name)),
      ),
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', chunk => (stdout += chunk));
  child.stderr.on('data', chunk => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>(
    resolve => {
      child.on('exit', code => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve({ code, stdout, stderr });
      });
    },
  );
}

describe('the production backend', () => {
  it('refuses to start with guest sign-in, in one line', async () => {
    const result = await startBackend('auth:\n  providers:\n    guest: {}\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'LOCAL-PLUS portal refused to start: guest sign-in is enabled (remove auth.providers.guest).\n',
    );
  });

  it('refuses to start without a sign-in provider, in one line', async () => {
    const result = await startBackend(
      'auth:\n  providers:\n    github: null\n',
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      "LOCAL-PLUS portal refused to start: no sign-in provider is configured for auth environment 'production' (set auth.providers.<provider>.production, e.g. github).",
    ]);
  });

  it('refuses to start when a variable is missing and its development secret would stay, naming the key only', async () => {
    const result = await startBackend('{}\n', ['ONCALL_WEBHOOK_SECRET']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'LOCAL-PLUS portal refused to start: ONCALL_WEBHOOK_SECRET is not set (app-config.production.yaml reads it); oncall.pages.webhookSecret holds a development-only secret.\n',
    );
  });
});
