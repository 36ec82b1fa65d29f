import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { pollUntil } from './pollUntil';

const run = promisify(execFile);

export const POSTGRES_ADMIN_URL =
  process.env.REPLICA_TEST_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/** Runs one statement on `database` (the admin database by default). */
export async function query<T extends object = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
  database?: string,
): Promise<T[]> {
  const url = new URL(POSTGRES_ADMIN_URL);
  if (database) {
    url.pathname = `/${database}`;
  }
  const client = new Client({
    connectionString: url.toString(),
    connectionTimeoutMillis: 2_000,
  });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Names of the databases starting with `prefix`. */
export async function databasesWithPrefix(prefix: string): Promise<string[]> {
  const rows = await query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname',
    [prefix],
  );
  return rows.map(row => row.datname);
}

/** Drops every database starting with `prefix`, connections and all. */
export async function dropDatabasesWithPrefix(
  prefix: string,
): Promise<string[]> {
  if (!/^[a-z0-9_]{8,}$/.test(prefix)) {
    throw new Error(`refusing to drop databases by the prefix '${prefix}'`);
  }
  const names = await databasesWithPrefix(prefix);
  for (const name of names) {
    await query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  return names;
}

/** The machine's PostgreSQL cluster version (the folder in /etc/postgresql). */
function clusterVersion(): string {
  const versions = fs.readdirSync('/etc/postgresql').sort();
  if (versions.length === 0) {
    throw new Error('no PostgreSQL cluster under /etc/postgresql');
  }
  return versions[versions.length - 1];
}

/** True once PostgreSQL answers a query. */
export async function postgresAnswers(): Promise<boolean> {
  try {
    await query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

async function pgCtlCluster(action: 'stop' | 'start', timeoutMs: number) {
  await run(
    'pg_ctlcluster',
    ['--skip-systemctl-redirect', clusterVersion(), 'main', action],
    { timeout: timeoutMs },
  );
}

/**
 * Restarts the machine's PostgreSQL in two steps (`pg_ctlcluster ... stop`,
 * a fast shutdown closing every connection, then `start`), running
 * `whileDown` in between, and resolves once it accepts connections again,
 * with the milliseconds from the stop to that moment. The pause lets a test
 * see what the outage does; a plain `restart` can be over before a
 * readiness poll notices it.
 */
export async function restartPostgres(
  timeoutMs: number,
  whileDown: () => Promise<unknown> = async () => undefined,
): Promise<number> {
  const started = Date.now();
  await pgCtlCluster('stop', timeoutMs);
  try {
    await whileDown();
  } finally {
    await pgCtlCluster('start', timeoutMs);
  }
  await pollUntil(
    'PostgreSQL to accept connections',
    timeoutMs,
    postgresAnswers,
    200,
  );
  return Date.now() - started;
}
