import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';
const READY_TIMEOUT_MS = 30_000;

export type RunningPrometheus = {
  /** The API base URL, with the route prefix. */
  baseUrl: string;
  stop(): Promise<void>;
};

/** A port nothing listens on right now (another process may take it later). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise(resolve => child.once('exit', () => resolve()));
}

async function waitUntilReady(
  child: ChildProcess,
  readyUrl: string,
  output: () => string,
) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `prometheus exited with ${
          child.exitCode
        } before it was ready:\n${output()}`,
      );
    }
    try {
      const response = await fetch(readyUrl);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(
    `prometheus was not ready within ${READY_TIMEOUT_MS} ms:\n${output()}`,
  );
}

/**
 * Starts the real Prometheus binary on a free local port, with an empty
 * TSDB in a temporary folder and nothing to scrape: PromQL over literals
 * (`vector(1)`) is all the tests need. `routePrefix` serves it under a path,
 * as behind a gateway.
 */
export async function startPrometheus(
  options: { routePrefix?: string } = {},
): Promise<RunningPrometheus> {
  await fs.access(PROMETHEUS_BIN).catch(() => {
    throw new Error(
      `No Prometheus binary at ${PROMETHEUS_BIN} (Debian: apt-get install prometheus); set PROMETHEUS_BIN to use another`,
    );
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-prometheus-'));
  const configFile = path.join(dir, 'prometheus.yml');
  await fs.writeFile(configFile, 'global: {}\nscrape_configs: []\n');

  const port = await freePort();
  const prefix = options.routePrefix ?? '';
  const baseUrl = `http://127.0.0.1:${port}${prefix}`;
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--web.external-url=${baseUrl}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(killer);
    }
    await fs.rm(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(child, `${baseUrl}/-/ready`, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
