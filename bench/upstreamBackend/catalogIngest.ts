/*
 * Times a backend's catalog from its start to a fully processed catalog:
 * every entity of the location processed at least once and every stitch
 * done, read from the catalog's own PostgreSQL tables.
 */
import knexFactory, { Knex } from 'knex';
import { performance } from 'node:perf_hooks';

export const POSTGRES = { host: '127.0.0.1', port: 5432, user: 'postgres' };

/** The backend's database config: one database per plugin, under prefix. */
export function postgresBackendConfig(prefix: string) {
  return { client: 'pg', connection: POSTGRES, prefix };
}

export interface CatalogProgress {
  /** Rows of refresh_state: the location entity and what it emitted. */
  entities: number;
  /** Of those, processed at least once (with or without errors). */
  processed: number;
  /** Processed with errors starting with the tier model's prefix. */
  tierErrors: number;
  /** Entities waiting for a stitch. */
  stitchQueue: number;
  /** Stitched entities with a final body. */
  stitched: number;
  /** Processed entities with a body to stitch. */
  stitchable: number;
}

async function progress(db: Knex): Promise<CatalogProgress> {
  const one = async (query: Knex.QueryBuilder) =>
    Number(((await query) as Array<{ n: string | number }>)[0].n);
  const processed = db('refresh_state')
    .whereNotNull('result_hash')
    .whereNot('result_hash', '');
  return {
    entities: await one(db('refresh_state').count({ n: '*' })),
    processed: await one(processed.clone().count({ n: '*' })),
    tierErrors: await one(
      db('refresh_state')
        .where('errors', 'like', '%Tier model:%')
        .count({ n: '*' }),
    ),
    stitchQueue: await one(db('stitch_queue').count({ n: '*' })),
    stitched: await one(
      db('final_entities').whereNotNull('final_entity').count({ n: '*' }),
    ),
    stitchable: await one(
      db('refresh_state').whereNotNull('processed_entity').count({ n: '*' }),
    ),
  };
}

export interface IngestResult {
  /** Milliseconds from the backend's readiness to a processed catalog. */
  ingestMs: number;
  entitiesPerSecond: number;
  final: CatalogProgress;
  /** CPU milliseconds the backend used during the ingest. */
  cpuMs: number;
}

/**
 * Waits until the catalog in `database` holds `entityCount` processed
 * entities (plus their location) and nothing left to stitch.
 */
export async function waitForIngest(options: {
  database: string;
  entityCount: number;
  readyAt: number;
  cpuAtReady: number;
  cpuNow: () => number;
  timeoutMs?: number;
}): Promise<IngestResult> {
  const db = knexFactory({
    client: 'pg',
    connection: { ...POSTGRES, database: options.database },
    pool: { min: 0, max: 1 },
    // A poll that fails is retried: its errors are no news.
    log: { warn() {}, error() {}, debug() {}, deprecate() {} },
  });
  const deadline = Date.now() + (options.timeoutMs ?? 1_800_000);
  const expected = options.entityCount + 1;
  try {
    for (;;) {
      const now = await progress(db).catch(() => undefined);
      if (
        now &&
        now.entities === expected &&
        now.processed === expected &&
        now.stitchQueue === 0 &&
        now.stitched === now.stitchable
      ) {
        const ingestMs = performance.now() - options.readyAt;
        return {
          ingestMs,
          entitiesPerSecond: (options.entityCount * 1000) / ingestMs,
          final: now,
          cpuMs: options.cpuNow() - options.cpuAtReady,
        };
      }
      if (Date.now() > deadline) {
        throw new Error(`ingest never finished: ${JSON.stringify(now)}`);
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  } finally {
    await db.destroy();
  }
}

/** Drops every database whose name starts with prefix. */
export async function dropDatabases(prefix: string): Promise<void> {
  const admin = knexFactory({ client: 'pg', connection: POSTGRES });
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      // LIKE reads _ and % as wildcards: match the prefix literally.
      [`${prefix.replace(/[_%\\]/g, '\\$&')}%`],
    );
    for (const { datname } of rows as Array<{ datname: string }>) {
      await admin.raw('drop database if exists ?? with (force)', [datname]);
    }
  } finally {
    await admin.destroy();
  }
}
