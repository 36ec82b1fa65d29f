import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../../..');
const productionEnv = {
  POSTGRES_HOST: '127.0.0.1',
  POSTGRES_PORT: '5432',
  POSTGRES_USER: 'postgres',
  POSTGRES_PASSWORD: '',
  CACHE_URL: 'redis://127.0.0.1:6379',
  AUTH_GITHUB_CLIENT_ID: 'test-client',
  AUTH_GITHUB_CLIENT_SECRET: 'test-secret',
  ARGOCD_URL: 'https://argocd.example',
  ARGOCD_TOKEN: 'test-argocd-token',
  ONCALL_WEBHOOK_SECRET: 'test-webhook-secret',
  ONCALL_CALENDAR_SIGNING_SECRET: 'test-signing-secret',
  PAGERDUTY_TOKEN: 'test-pagerduty-token',
  PROMETHEUS_PROD_URL: 'https://prometheus.prod.example',
  PROMETHEUS_PROD_PUBLIC_URL: 'https://grafana.prod.example/prometheus',
  PROMETHEUS_STAGING_URL: 'https://prometheus.staging.example',
  PROMETHEUS_STAGING_PUBLIC_URL: 'https://grafana.staging.example/prometheus',
  PROMETHEUS_PROD_TOKEN: 'test-prometheus-token',
  PROMETHEUS_STAGING_TOKEN: 'test-prometheus-token',
  GITHUB_TOKEN: 'test-github-token',
  EKS_DEV_API_URL: 'https://dev.eks.example',
  EKS_STAGING_API_URL: 'https://staging.eks.example',
  EKS_PROD_API_URL: 'https://prod.eks.example',
  EKS_DEV_CA_DATA: 'Y2E=',
  EKS_STAGING_CA_DATA: 'Y2E=',
  EKS_PROD_CA_DATA: 'Y2E=',
  EKS_READER_ROLE_ARN: 'arn:aws:iam::123456789012:role/portal-eks-reader',
  NODE_ENV: 'production',
};

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
        Object.entries({ ...process.env, ...productionEnv }).filter(
          ([name]) => !unset.includes(name),
        ),
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
