import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import { promisify } from 'node:util';
import { pythonEnv } from './pythonEnvironment';

const execFileAsync = promisify(execFile);

/** The real PostgreSQL and Redis the generated services' integration tests use. */

/** Where the harness's PostgreSQL (a superuser connection) and Redis listen. */
export const postgresAdminUrl =
  process.env.GOLDEN_PATH_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';
export const redisUrl =
  process.env.GOLDEN_PATH_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

// ---------------------------------------------------------------- PostgreSQL

export interface ThrowawayDatabase {
  name: string;
  /** postgresql:// URL of the new database, same server and user as the admin URL. */
  url: string;
  drop(): Promise<void>;
}

async function psql(databaseUrl: string, sql: string): Promise<string> {
  const { stdout } = await execFileAsync(
    'psql',
    [databaseUrl, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    { env: pythonEnv() },
  );
  return stdout.trim();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database, named after `label`, for one case of the harness. */
export async function createThrowawayDatabase(
  label: string,
): Promise<ThrowawayDatabase> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const name = `gp_${label
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase()}_${suffix}`.slice(0, 63);
  await psql(postgresAdminUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(postgresAdminUrl, name),
    drop: async () => {
      // WITH (FORCE) (PostgreSQL 13+) also ends connections a test left open.
      await psql(
        postgresAdminUrl,
        `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
      );
    },
  };
}

/** Runs one query and returns its rows as psql's unaligned text. */
export function queryDatabase(
  databaseUrl: string,
  sql: string,
): Promise<string> {
  return psql(databaseUrl, sql);
}

// --------------------------------------------------------------------- Redis

/** Sends one command over RESP and returns the reply (bulk strings as text). */
export function redisCommand(url: string, ...args: string[]): Promise<string> {
  const { hostname, port } = new URL(url);
  const request = `*${args.length}\r\n${args
    .map(arg => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`)
    .join('')}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port || 6379), hostname);
    let buffer = Buffer.alloc(0);
    socket.setTimeout(5_000, () =>
      socket.destroy(new Error(`redis ${url}: timeout`)),
    );
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const headerEnd = buffer.indexOf('\r\n');
      if (headerEnd < 0) return;
      const header = buffer.subarray(0, headerEnd).toString();
      if (header.startsWith('-')) {
        socket.end();
        reject(new Error(`redis ${args[0]}: ${header.slice(1)}`));
      } else if (header.startsWith('$')) {
        const length = Number(header.slice(1));
        if (buffer.length >= headerEnd + 2 + length) {
          socket.end();
          resolve(
            buffer.subarray(headerEnd + 2, headerEnd + 2 + length).toString(),
          );
        }
      } else {
        socket.end();
        resolve(header.slice(1));
      }
    });
    socket.write(request);
  });
}

/** A counter from Redis' INFO, e.g. total_connections_received. */
export async function redisStat(url: string, field: string): Promise<number> {
  const info = await redisCommand(url, 'INFO', 'stats');
  const match = info.match(new RegExp(`^${field}:(\\d+)`, 'm'));
  if (!match) {
    throw new Error(`INFO stats has no ${field}`);
  }
  return Number(match[1]);
}

// -------------------------------------------------------------------- Python
