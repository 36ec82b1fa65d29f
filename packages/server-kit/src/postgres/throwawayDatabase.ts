import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The machine's PostgreSQL as a superuser; override with LOCALPLUS_TEST_POSTGRES_URL. */
export const DEFAULT_POSTGRES_ADMIN_URL =
  process.env.LOCALPLUS_TEST_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432/postgres';

/** An empty database on a running server, for one test; `drop` removes it. */
export interface ThrowawayDatabase {
  name: string;
  /** postgresql:// URL of the new database, same server and user as the admin URL. */
  url: string;
  drop(): Promise<void>;
}

/** Runs one statement with psql and returns its rows as unaligned text. */
export async function queryDatabase(
  databaseUrl: string,
  sql: string,
): Promise<string> {
  const { stdout } = await execFileAsync('psql', [
    databaseUrl,
    '-X',
    '-q',
    '-A',
    '-t',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    sql,
  ]);
  return stdout.trim();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates an empty database named after `label` (plus a random suffix, so
 * parallel runs never meet) on the server behind `adminUrl`.
 */
export async function createThrowawayDatabase(
  label: string,
  adminUrl: string = DEFAULT_POSTGRES_ADMIN_URL,
): Promise<ThrowawayDatabase> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const name = `tmp_${label
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase()}_${suffix}`.slice(0, 63);
  await queryDatabase(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: async () => {
      // WITH (FORCE) (PostgreSQL 13+) also ends connections a test left open.
      await queryDatabase(
        adminUrl,
        `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
      );
    },
  };
}
