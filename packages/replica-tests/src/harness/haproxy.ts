import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { stopProcess } from '@localplus/server-kit';
import { GiveUp, pollUntil } from './pollUntil';

export interface HaproxyBackendServer {
  name: string;
  port: number;
}

export interface HaproxyOptions {
  /** Where the configuration, the stats socket and the log go. */
  workDir: string;
  port: number;
  servers: HaproxyBackendServer[];
  /** The path checked on every server (the readiness endpoint). */
  healthPath: string;
}

export interface RunningHaproxy {
  url: string;
  /** Each server's state as HAProxy's stats show it (`UP`, `DOWN`, ...). */
  serverStates(): Promise<Record<string, string>>;
  /** Resolves once `server` has the state, with the time it took; throws after `timeoutMs`. */
  waitForState(
    server: string,
    state: 'UP' | 'DOWN',
    timeoutMs: number,
  ): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The load balancer of the production setup: round robin over the replicas,
 * each health-checked on readiness every second (down after 2 failures, up
 * after 2 successes); a request that found a dead connection is retried on
 * another replica (`retry-on` with `option redispatch`; HAProxy retries
 * only idempotent methods once the request was sent).
 */
export function haproxyConfig(options: HaproxyOptions, socket: string): string {
  return [
    'global',
    `  stats socket ${socket} mode 600 level admin`,
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A replica busy with load answers its check late, not never: without
    // this the check times out after `inter` (1 s) and a loaded pair of
    // replicas is taken out of service together.
    '  timeout check 3s',
    '  retries 3',
    '  option redispatch',
    '  retry-on conn-failure empty-response junk-response 0rtt-rejected',
    '  option forwardfor',
    'frontend portal',
    `  bind 127.0.0.1:${options.port}`,
    '  default_backend replicas',
    'backend replicas',
    '  balance roundrobin',
    `  option httpchk GET ${options.healthPath}`,
    '  http-check expect status 200',
    '  default-server inter 1s fall 2 rise 2',
    ...options.servers.map(
      server => `  server ${server.name} 127.0.0.1:${server.port} check`,
    ),
    '',
  ].join('\n');
}

function statsCsv(socket: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const connection = net.createConnection(socket);
    let text = '';
    connection.setTimeout(2_000, () =>
      connection.destroy(new Error('no answer from the HAProxy stats socket')),
    );
    connection.on('connect', () => connection.write('show stat\n'));
    connection.on('data', chunk => {
      text += chunk.toString();
    });
    connection.on('end', () => resolve(text));
    connection.on('error', reject);
  });
}

/** `svname` to `status` of one backend's servers, from `show stat` CSV. */
export function serverStatesFromCsv(
  csv: string,
  backend: string,
): Record<string, string> {
  const [header, ...rows] = csv.trim().split('\n');
  const columns = header.replace(/^#\s*/, '').split(',');
  const at = (name: string) => columns.indexOf(name);
  const states: Record<string, string> = {};
  for (const row of rows) {
    const cells = row.split(',');
    const server = cells[at('svname')];
    if (cells[at('pxname')] === backend && server !== 'BACKEND') {
      states[server] = cells[at('status')];
    }
  }
  return states;
}

export async function startHaproxy(
  options: HaproxyOptions,
): Promise<RunningHaproxy> {
  fs.mkdirSync(options.workDir, { recursive: true });
  const socket = path.join(options.workDir, 'haproxy.sock');
  const configFile = path.join(options.workDir, 'haproxy.cfg');
  fs.writeFileSync(configFile, haproxyConfig(options, socket));
  const log = fs.openSync(path.join(options.workDir, 'haproxy.log'), 'w');
  const child: ChildProcess = spawn('haproxy', ['-db', '-f', configFile], {
    stdio: ['ignore', log, log],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const spawnFailure = new Promise<never>((_, reject) =>
    child.once('error', error =>
      reject(
        new Error(
          `haproxy could not be started (${error.message}); install Debian's haproxy package`,
        ),
      ),
    ),
  );
  spawnFailure.catch(() => undefined);

  const serverStates = async () =>
    serverStatesFromCsv(await statsCsv(socket), 'replicas');
  await Promise.race([
    spawnFailure,
    pollUntil('HAProxy stats socket', 10_000, async () => {
      if (child.exitCode !== null) {
        throw new GiveUp(
          `haproxy exited with ${child.exitCode}, see ${options.workDir}/haproxy.log`,
        );
      }
      return (
        fs.existsSync(socket) && (await serverStates().catch(() => undefined))
      );
    }),
  ]);
  return {
    url: `http://127.0.0.1:${options.port}`,
    serverStates,
    async waitForState(server, state, timeoutMs) {
      const started = Date.now();
      await pollUntil(
        `HAProxy marking ${server} ${state}`,
        timeoutMs,
        async () => (await serverStates())[server]?.startsWith(state),
      );
      return Date.now() - started;
    },
    stop: () => stopProcess(child),
  };
}
