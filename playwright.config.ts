import path from 'node:path';
import { defineConfig } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  CHROMIUM_EXECUTABLE,
} from './e2e-tests/support/chromiumLaunch';

// The smoke test drives Debian's Chromium through Playwright (playwright-core
// underneath): browser downloads are not possible on these machines. It runs
// against the built frontend served by the backend on :7007, started here.
const baseURL = process.env.PORTAL_E2E_URL ?? 'http://localhost:7007';
const devDataDir = path.resolve(__dirname, 'e2e-test-results/devdata');

export default defineConfig({
  testDir: 'e2e-tests',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['json', { outputFile: 'e2e-test-results/report.json' }],
  ],
  outputDir: 'e2e-test-results/artifacts',
  webServer: process.env.PORTAL_E2E_URL
    ? undefined
    : [
        {
          // Simulated clusters and Argo CD (packages/devstack).
          command:
            'node .yarn/releases/yarn-4.13.0.cjs workspace @localplus/devstack start',
          url: 'http://127.0.0.1:7702/api/version',
          timeout: 60_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          // Each run starts with an empty dev data folder, so the golden-path
          // test can create svc-loyalty-tiers again.
          command: `rm -rf "${devDataDir}" && node .yarn/releases/yarn-4.13.0.cjs workspace backend start --config ../../app-config.yaml --config ../../e2e-tests/app-config.e2e.yaml`,
          env: { PORTAL_DEV_DATA_DIR: devDataDir },
          url: `${baseURL}/.backstage/health/v1/readiness`,
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
  },
});
