import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The portal as the e2e suite runs it (playwright.config.ts): the dev stack's
// simulated clusters and Argo CD, and the backend serving the built frontend
// (packages/app/dist) on :7007 with the e2e config.

const root = path.resolve(__dirname, '..');
const yarn = [path.join(root, '.yarn/releases/yarn-4.13.0.cjs')];

function start(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  // Its own process group, so stopping it stops what yarn started.
  return spawn(process.execPath, [...yarn, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: 'ignore',
  });
}

async function waitForUrl(url: string, timeoutMs: number, child: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${url}: the server exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function answers(url: string) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

const READINESS_URL = 'http://localhost:7007/.backstage/health/v1/readiness';

/** Starts the dev stack and the backend; `url` serves the built portal. */
export async function startPortal() {
  // Another run's server would answer the readiness checks in place of ours.
  for (const url of [READINESS_URL, 'http://127.0.0.1:7702/api/version']) {
    if (await answers(url)) {
      throw new Error(`${url} already answers: stop that server first`);
    }
  }
  const devDataDir = mkdtempSync(path.join(os.tmpdir(), 'first-load-devdata-'));
  const devstack = start(['workspace', '@localplus/devstack', 'start']);
  const backend = start(
    [
      'workspace',
      'backend',
      'start',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../e2e-tests/app-config.e2e.yaml',
    ],
    { PORTAL_DEV_DATA_DIR: devDataDir },
  );
  const close = async () => {
    stop(backend);
    stop(devstack);
    rmSync(devDataDir, { recursive: true, force: true });
  };
  try {
    await waitForUrl('http://127.0.0.1:7702/api/version', 60_000, devstack);
    await waitForUrl(READINESS_URL, 240_000, backend);
  } catch (error) {
    await close();
    throw error;
  }
  return { url: 'http://localhost:7007', close };
}
