import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { missingProgramMessage } from './runToCompletion';
import { OutputTail } from './OutputTail';

const POLL_MS = 100;
const STOP_GRACE_MS = 10_000;

/** A server process started by {@link launchServer}. */
export interface LaunchedServer {
  pid: number | undefined;
  /** Resolves once the process is gone (SIGTERM, then SIGKILL if it hangs). */
  stop(): Promise<void>;
}

/** Thrown when a server exits or never gets ready; carries its log tail. */
export class ServerStartError extends Error {
  constructor(message: string, readonly output: string) {
    super(`${message}; it logged:\n${output}`);
    this.name = 'ServerStartError';
  }
}

export interface LaunchServerOptions {
  /** The program's name in messages, e.g. `prometheus`. */
  name: string;
  command: string;
  args: readonly string[];
  /** What provides the program, for the message when it is missing. */
  installHint: string;
  /** The address in messages. */
  url: string;
  /** True once the server answers, and is the one just started. */
  isReady(): Promise<boolean>;
  readyTimeoutMs: number;
  /** Defaults to a {@link ServerStartError}. */
  startError?: (message: string, output: string) => Error;
}

/** SIGTERM, then SIGKILL after `graceMs` (10 s); resolves once it has exited. */
export function stopProcess(
  child: ChildProcess,
  graceMs = STOP_GRACE_MS,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  const exited = once(child, 'exit').then(() => undefined);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  return exited.finally(() => clearTimeout(timer));
}

/**
 * Starts a server program and resolves once `isReady` says so. Rejects with
 * the tail of its log if it exits or is not ready in time, and then leaves
 * no process behind.
 */
export async function launchServer(
  options: LaunchServerOptions,
): Promise<LaunchedServer> {
  const { name, command, args, url, readyTimeoutMs } = options;
  const startError =
    options.startError ??
    ((message, output) => new ServerStartError(message, output));
  const tail = new OutputTail();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // A crash or process.exit() of this process must not leave an orphan
  // server holding the port; signals are the caller's to handle.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  child.once('error', () => process.off('exit', killOnExit));
  // Keep reading both streams so a full pipe never blocks the server.
  child.stdout.on('data', chunk => tail.append(chunk));
  child.stderr.on('data', chunk => tail.append(chunk));

  let failure: Error | undefined;
  child.once('error', (error: NodeJS.ErrnoException) => {
    failure =
      error.code === 'ENOENT'
        ? new Error(missingProgramMessage(command, options.installHint))
        : error;
  });
  child.once('exit', (code, signal) => {
    failure ??= startError(
      `${name} exited (${
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
    if (await options.isReady()) {
      return { pid: child.pid, stop: () => stopProcess(child) };
    }
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw startError(
        `${name} was not ready on ${url} after ${readyTimeoutMs} ms`,
        tail.summary(),
      );
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
}

/** True if `url` answers 2xx within `timeoutMs`. */
export async function answersOk(
  url: string,
  timeoutMs = 2_000,
): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  } catch {
    return false;
  }
}
