/*
 * Starts a backend (the portal's or the stock one) as a child process and
 * measures it from the cold process to readiness: wall time and the CPU
 * time (user + system) the process has used by then. Two ways to run it:
 * from sources, as `yarn start` does (TypeScript through Backstage's Node
 * transform), or as its production artifact (see ./artifacts.ts).
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { processCpuMs } from '@localplus/server-kit';
import YAML from 'yaml';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** Which backend a process runs. */
export type Side = 'ours' | 'upstream';

export interface BackendProcess {
  readonly side: Side;
  readonly baseUrl: string;
  readonly pid: number;
  /** performance.now() at spawn and at the first readiness 200. */
  readonly startedAt: number;
  readonly readyAt: number;
  /** Milliseconds from spawn to the first readiness 200. */
  readonly readyWallMs: number;
  /** CPU milliseconds (user + system) used by then. */
  readonly readyCpuMs: number;
  /** CPU milliseconds used so far. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The stock backend looks up the workspace from its working directory to
 * find the config schemas to load (for the secrets its logger redacts): a
 * stock create-app holds its own two packages, so it runs from a folder
 * whose workspace is the stock app and backend (linked to the repository's
 * node_modules), and, like ours, loads the schemas of both.
 */
export function upstreamWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upstream-app-'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'upstream-app-root',
      private: true,
      workspaces: ['packages/*'],
    }),
  );
  fs.mkdirSync(path.join(dir, 'packages'));
  for (const name of ['app', 'backend']) {
    fs.symlinkSync(
      path.join(repoRoot, 'bench', 'upstream', name),
      path.join(dir, 'packages', name),
    );
  }
  fs.symlinkSync(
    path.join(repoRoot, 'node_modules'),
    path.join(dir, 'node_modules'),
  );
  return dir;
}

/**
 * From sources, as `yarn start` runs it. Ours runs from its package folder;
 * the stock one from its workspace root (its package folder is a link into
 * this repository, whose workspace holds every package of ours).
 */
export function sourcesLaunch(side: Side): Launch {
  const workspace = side === 'upstream' ? upstreamWorkspace() : repoRoot;
  return {
    cwd:
      side === 'upstream'
        ? workspace
        : path.join(repoRoot, 'packages', 'backend'),
    args: [
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      path.join(workspace, 'packages', 'backend', 'src', 'index.ts'),
    ],
    baseConfig: path.join(repoRoot, 'app-config.yaml'),
    cleanup:
      workspace === repoRoot
        ? undefined
        : () => fs.rmSync(workspace, { recursive: true, force: true }),
  };
}

/** How a backend's process is started: working directory and Node arguments. */
export interface Launch {
  cwd: string;
  /** Node's arguments before the configuration files. */
  args: string[];
  /** The configuration file standing for the repository's app-config.yaml. */
  baseConfig: string;
  /** Removed with the process (a temporary workspace). */
  cleanup?: () => void;
}

export interface StartOptions {
  side: Side;
  port: number;
  /** How to start it; from sources (as `yarn start`) by default. */
  launch?: Launch;
  /** Configuration laid over app-config.yaml (and the extra files). */
  config: { backend?: object; [key: string]: unknown };
  /** Further configuration files of the repository, e.g. production. */
  extraConfigFiles?: string[];
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Where the output goes; defaults to a file in the temporary folder. */
  logFile?: string;
}

function answersReady(baseUrl: string): Promise<boolean> {
  return fetch(`${baseUrl}/.backstage/health/v1/readiness`)
    .then(res => res.status === 200)
    .catch(() => false);
}

export async function startBackend(
  options: StartOptions,
): Promise<BackendProcess> {
  const { side, port } = options;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `${side}-backend-`));
  const overlay = path.join(scratch, 'app-config.bench.yaml');
  fs.writeFileSync(
    overlay,
    YAML.stringify({
      ...options.config,
      backend: {
        ...options.config.backend,
        baseUrl: `http://localhost:${port}`,
        listen: { port },
      },
    }),
  );
  // Another process on the port would answer for the one measured.
  if (await answersReady(`http://localhost:${port}`)) {
    throw new Error(`port ${port} already serves a backend; stop it first`);
  }
  const launch = options.launch ?? sourcesLaunch(side);
  const configArgs = [
    launch.baseConfig,
    ...(options.extraConfigFiles ?? []).map(file => path.join(repoRoot, file)),
  ].flatMap(file => ['--config', file]);
  const logFile = options.logFile ?? path.join(scratch, 'backend.log');
  const log = fs.openSync(logFile, 'w');
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...launch.args, ...configArgs, '--config', overlay],
    {
      cwd: launch.cwd,
      env: { ...process.env, NODE_ENV: 'development', ...options.env },
      stdio: ['ignore', log, log],
    },
  );
  const pid = child.pid!;
  let exited: string | undefined;
  child.on('exit', code => {
    exited = `exited with ${code}`;
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  let readyCpuMs = 0;
  try {
    for (;;) {
      if (exited) {
        throw new Error(`${side} backend ${exited}; see ${logFile}`);
      }
      if (await answersReady(baseUrl)) {
        readyCpuMs = processCpuMs(pid);
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(`${side} backend never became ready; see ${logFile}`);
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  } catch (error) {
    // No backend left behind on the bench's port.
    child.kill('SIGKILL');
    throw error;
  }
  const readyAt = performance.now();
  const readyWallMs = readyAt - started;
  return {
    side,
    baseUrl,
    pid,
    startedAt: started,
    readyAt,
    readyWallMs,
    readyCpuMs,
    cpuMs: () => processCpuMs(pid),
    stop: async () => {
      if (!exited) {
        const gone = new Promise(resolve => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await gone;
        clearTimeout(timer);
      }
      fs.closeSync(log);
      launch.cleanup?.();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
