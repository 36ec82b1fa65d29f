import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stopProcess } from '@localplus/server-kit';
import { GiveUp, pollUntil } from './pollUntil';

/** The image's command, with the test's configuration file added last. */
export const IMAGE_COMMAND = [
  '--max-semi-space-size=64',
  '--require',
  './packages/backend/dist/instrumentation.cjs.js',
  'packages/backend',
  '--config',
  'app-config.yaml',
  '--config',
  'app-config.production.yaml',
];

/** Debian's `nobody`, standing in for the image's user `node` when run as root. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

/**
 * How long a replica may take to stop before it is killed: a profiled one
 * (`--cpu-prof` in REPLICA_TEST_NODE_OPTIONS) writes its profile, several
 * megabytes, after Backstage's shutdown, which took longer than 10 s.
 */
const STOP_GRACE_MS = process.env.REPLICA_TEST_NODE_OPTIONS?.includes(
  '--cpu-prof',
)
  ? 60_000
  : 10_000;

export const READINESS_PATH = '/.backstage/health/v1/readiness';
export const LIVENESS_PATH = '/.backstage/health/v1/liveness';

export interface ReplicaOptions {
  name: string;
  /** The staged image root (scripts/image/stage.sh), the working directory. */
  artifactDir: string;
  /** Appended after the image's two configuration files. */
  extraConfigFile: string;
  port: number;
  metricsPort: number;
  /** This replica's TMPDIR and log. */
  workDir: string;
  env: Record<string, string>;
  startTimeoutMs: number;
}

export interface Replica {
  name: string;
  url: string;
  metricsUrl: string;
  pid: number;
  logFile: string;
  /** True once the process has exited (killed or crashed). */
  exited(): boolean;
  kill(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function logTail(file: string): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.split('\n').slice(-40).join('\n');
}

/**
 * Starts one production backend from the staged artifact, as the image does
 * (working directory = the image root, NODE_ENV=production, TMPDIR its own,
 * an unprivileged user when the test runs as root),
 * and resolves once its readiness answers 200. Fails with the log's tail
 * when it exits or is not ready in time, leaving no process behind.
 */
export async function startReplica(options: ReplicaOptions): Promise<Replica> {
  const tmpDir = path.join(options.workDir, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  // As in the image: an unprivileged user that can write to its temporary
  // folder only (the staged folder is root's, read-only to others).
  const user = process.getuid?.() === 0 ? UNPRIVILEGED : undefined;
  if (user) {
    fs.chownSync(tmpDir, user.uid, user.gid);
  }
  const logFile = path.join(options.workDir, 'backend.log');
  const log = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [...IMAGE_COMMAND, '--config', options.extraConfigFile],
    {
      cwd: options.artifactDir,
      stdio: ['ignore', log, log],
      ...user,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: tmpDir,
        TMPDIR: tmpDir,
        NODE_ENV: 'production',
        // Warnings and errors only: a log line per request would cost the
        // two replicas CPU the load test measures.
        LOG_LEVEL: 'warn',
        // The image's own setting (packages/backend/Dockerfile).
        APP_CONFIG_techdocs_publisher_local_publishDirectory: path.join(
          tmpDir,
          'techdocs',
        ),
        PORTAL_METRICS_PORT: String(options.metricsPort),
        PORTAL_METRICS_HOST: '127.0.0.1',
        REPLICA_LISTEN_PORT: String(options.port),
        // For capacity work, e.g. `--cpu-prof --cpu-prof-dir=<dir>` (the
        // profiles are written when a replica stops).
        ...(process.env.REPLICA_TEST_NODE_OPTIONS
          ? { NODE_OPTIONS: process.env.REPLICA_TEST_NODE_OPTIONS }
          : {}),
        ...options.env,
      },
    },
  );
  fs.closeSync(log);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await pollUntil(
      `replica ${options.name} to be ready on ${url}`,
      options.startTimeoutMs,
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new GiveUp(`replica ${options.name} exited`);
        }
        return answers(`${url}${READINESS_PATH}`);
      },
      500,
    );
  } catch (error) {
    await stopProcess(child);
    throw new Error(
      `${(error as Error).message}; the end of ${logFile}:\n${logTail(
        logFile,
      )}`,
    );
  }
  return {
    name: options.name,
    url,
    metricsUrl: `http://127.0.0.1:${options.metricsPort}/metrics`,
    pid: child.pid!,
    logFile,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    kill: signal => child.kill(signal),
    stop: () => stopProcess(child, STOP_GRACE_MS),
  };
}
