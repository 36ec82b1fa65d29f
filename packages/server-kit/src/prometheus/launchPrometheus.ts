import { launchServer, LaunchedServer } from '../process/launchServer';
import { PROMETHEUS_INSTALL_HINT } from './backfillHistory';

const PROBE_TIMEOUT_MS = 2_000;

export type LaunchedPrometheus = LaunchedServer;

/** Thrown when Prometheus exits or never gets ready; carries its log tail. */
export class PrometheusStartError extends Error {
  constructor(message: string, readonly output: string) {
    super(`${message}; it logged:\n${output}`);
    this.name = 'PrometheusStartError';
  }
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
export function launchPrometheus(options: {
  binary: string;
  args: readonly string[];
  url: string;
  /** The `--storage.tsdb.path` in `args`. */
  dataDir: string;
  readyTimeoutMs: number;
}): Promise<LaunchedPrometheus> {
  const { url, dataDir } = options;
  return launchServer({
    name: 'prometheus',
    command: options.binary,
    args: options.args,
    installHint: PROMETHEUS_INSTALL_HINT,
    url,
    isReady: () => isReady(url, dataDir),
    readyTimeoutMs: options.readyTimeoutMs,
    startError: (message, output) => new PrometheusStartError(message, output),
  });
}
