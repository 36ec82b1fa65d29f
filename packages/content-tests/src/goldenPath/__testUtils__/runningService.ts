import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { findFreePort } from '@localplus/server-kit';
import { debianPython, pythonEnv } from './pythonEnvironment';

/** A generated service started with uvicorn, and the HTTP calls the harness makes to it. */

export interface HttpResponse {
  status: number;
  contentType: string;
  body: string;
}

export function httpGet(url: string, timeoutMs = 5_000): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { timeout: timeoutMs }, response => {
      const chunks: Buffer[] = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString(),
        }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () =>
      request.destroy(new Error(`GET ${url}: timeout`)),
    );
    request.on('error', reject);
  });
}

export interface RunningService {
  baseUrl: string;
  port: number;
  /** Everything the process printed so far. */
  logs(): string;
  get(pathname: string): Promise<HttpResponse>;
  stop(): Promise<void>;
}

const running = new Set<RunningService>();

/**
 * Starts the app as its container would (`uvicorn app.main:app --lifespan on`),
 * from the repository with src/ as the app directory, with `env` as the pod's
 * environment, and waits until /health/live answers.
 */
export async function startService(
  repoDir: string,
  env: Record<string, string | undefined>,
  options: { startupTimeoutMs?: number } = {},
): Promise<RunningService> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(
    debianPython,
    [
      '-m',
      'uvicorn',
      'app.main:app',
      '--app-dir',
      'src',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--lifespan',
      'on',
      '--no-access-log',
    ],
    { cwd: repoDir, env: pythonEnv(env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', chunk => {
    output += chunk;
  });
  child.stderr?.on('data', chunk => {
    output += chunk;
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const baseUrl = `http://127.0.0.1:${port}`;

  const service: RunningService = {
    baseUrl,
    port,
    logs: () => output,
    get: pathname => httpGet(`${baseUrl}${pathname}`),
    stop: async () => {
      running.delete(service);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
  running.add(service);

  const deadline = Date.now() + (options.startupTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(service);
      throw new Error(
        `the app exited during startup (${
          child.exitCode ?? child.signalCode
        }):\n${output}`,
      );
    }
    const live = await httpGet(`${baseUrl}/health/live`, 1_000).catch(
      () => undefined,
    );
    if (live?.status === 200) {
      return service;
    }
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(
        `the app did not answer /health/live in time:\n${output}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

/** Stops every service startService started and that is still running. */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map(service => service.stop()));
}
