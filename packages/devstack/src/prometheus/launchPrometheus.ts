import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { missingProgramMessage } from '../process/runToCompletion';
import { OutputTail } from '../process/OutputTail';
import { PROMETHEUS_INSTALL_HINT } from './backfillHistory';

const POLL_MS = 100;
const PROBE_TIMEOUT_MS = 2_000;
const STOP_GRACE_MS = 10_000;

export interface LaunchedPrometheus {
  /** Resolves once the process is gone (SIGTERM, then SIGKILL if it hangs). */
  stop(): Promise<void>;
}

/** Thrown when Prometheus exits or never gets ready; carries its log tail. */
export class PrometheusStartError extends Error {
  constructor(message: string, readonly output: string) {
    super(`${message}; it logged:\n${output}`);
    this.name = 'PrometheusStartError';
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  const exited = once(child, 'exit').then(() => undefined);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  return exited.finally(() => clearTimeout(timer));
}

/**
 * Ready, and ours: a port picked as free can be taken by another Prometheus
 * (a parallel test) before this one binds it, and that one answers too.
 */
async function isReady(url: string, dataDir: string): Promise<boolean> {
  // Whatever holds the port may accept connections and never answer.
  const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    if (!(await fetch(`${url}/-/ready`, { signal })).ok) {
      return false;
    }
    const flags = (await (
      await fetch(`${url}/api/v1/status/flags`, { signal })
    ).json()) as { data?: Record<string, string> };
    return flags.data?.['storage.tsdb.path'] === dataDir;
  } catch {
    return false;
  }
}

/**
 * Starts `prometheus` with `args` and resolves when `url` answers
 * `/-/ready`, that is once the TSDB, backfilled blocks included, is open.
 * Rejects with the tail of its log if it exits or is not ready in time.
 */
export async function launchPrometheus(options: {
  binary: string;
  args: readonly string[];
  url: string;
  /** The `--storage.tsdb.path` in `args`. */
  dataDir: string;
  readyTimeoutMs: number;
}): Promise<LaunchedPrometheus> {
  const { binary, args, url, dataDir, readyTimeoutMs } = options;
  const tail = new OutputTail();
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // A crash or process.exit() of this process must not leave an orphan
  // Prometheus holding the port; signals are the caller's to handle.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  child.once('error', () => process.off('exit', killOnExit));
  // Prometheus logs to stderr; keep reading both so a full pipe never blocks it.
  child.stdout.on('data', chunk => tail.append(chunk));
  child.stderr.on('data', chunk => tail.append(chunk));

  let failure: Error | undefined;
  child.once('error', (error: NodeJS.ErrnoException) => {
    failure =
      error.code === 'ENOENT'
        ? new Error(missingProgramMessage(binary, PROMETHEUS_INSTALL_HINT))
        : error;
  });
  child.once('exit', (code, signal) => {
    failure ??= new PrometheusStartError(
      `prometheus exited (${
        signal ?? `exit code ${code}`
      }) before it was ready on ${url}`,
      tail.summary(),
    );
  });

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (failure) {
      throw failure;
    }
    if (await isReady(url, dataDir)) {
      return { stop: () => stopProcess(child) };
    }
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw new PrometheusStartError(
        `prometheus was not ready on ${url} after ${readyTimeoutMs} ms`,
        tail.summary(),
      );
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}
