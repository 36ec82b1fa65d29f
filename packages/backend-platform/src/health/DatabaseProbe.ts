import { Config } from '@backstage/config';
import { Knex, knex } from 'knex';

/** Answers whether the backend's database server accepts queries right now. */
export interface DatabaseProbe {
  check(): Promise<DatabaseProbeResult>;
  close(): Promise<void>;
}

export type DatabaseProbeResult =
  | { reachable: true }
  | { reachable: false; reason: string };

const PROBE_TIMEOUT_MS = 2000;

/**
 * Builds a probe from `backend.database`, with its own single-connection pool
 * so that a stuck plugin pool can never hide an outage (or fake one).
 */
export function createDatabaseProbe(config: Config): DatabaseProbe {
  const databaseConfig = config.getConfig('backend.database');
  const client = databaseConfig.getString('client');
  const connection = databaseConfig.get('connection');

  const db = knex({
    client,
    connection: withConnectTimeout(client, connection),
    useNullAsDefault: true,
    pool: { min: 0, max: 1, idleTimeoutMillis: 1000 },
    acquireConnectionTimeout: PROBE_TIMEOUT_MS,
    // Failures are reported through readiness; knex's own console logging
    // would repeat them on every probe.
    log: { warn() {}, error() {}, deprecate() {}, debug() {} },
  });

  return {
    async check() {
      try {
        await withTimeout(db.raw('select 1'), PROBE_TIMEOUT_MS);
        return { reachable: true };
      } catch (error) {
        return { reachable: false, reason: describeFailure(error) };
      }
    },
    close: () => db.destroy(),
  };
}

function withConnectTimeout(
  client: string,
  connection: unknown,
): Knex.StaticConnectionConfig | string {
  if (client !== 'pg') {
    return connection as Knex.StaticConnectionConfig | string;
  }
  if (typeof connection === 'string') {
    return {
      connectionString: connection,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    };
  }
  return {
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    ...(connection as Knex.PgConnectionConfig),
  };
}

async function withTimeout<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Only the error's code and first line leave this module: driver messages can
// embed connection strings, which must not reach the health endpoint.
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.length > 0) return code;
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout|no answer/i.test(message)) return 'TIMEOUT';
  return 'UNREACHABLE';
}
