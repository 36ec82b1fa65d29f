import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  BudgetSnapshot,
  SnapshotHistoryOptions,
  SnapshotStore,
} from './SnapshotStore';
import {
  fromDbRow,
  SNAPSHOTS_TABLE,
  SnapshotDbRow,
  toDbRow,
} from './snapshotRows';
import {
  validateDay,
  validateObjectiveKey,
  validateSnapshots,
} from './snapshotValidation';

const migrationsDir = resolvePackagePath(
  '@localplus/plugin-slo-backend',
  'migrations',
);

/**
 * SQLite builds older than 3.32 allow 999 bound variables per statement:
 * 50 rows of 13 columns, or 500 keys, stay under it everywhere.
 */
const INSERT_CHUNK_SIZE = 50;
const LOOKUP_CHUNK_SIZE = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

/** The snapshot store on the plugin's own database, PostgreSQL or SQLite. */
export class DatabaseSnapshotStore implements SnapshotStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseSnapshotStore> {
    const { database, skipMigrations } = options;
    const client = await database.getClient();
    if (!skipMigrations && !database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseSnapshotStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async saveSnapshots(rows: readonly BudgetSnapshot[]): Promise<void> {
    const snapshots = validateSnapshots(rows);
    if (snapshots.length === 0) {
      return;
    }
    await this.db.transaction(async tx => {
      for (const chunk of chunks(snapshots, INSERT_CHUNK_SIZE)) {
        await tx<SnapshotDbRow>(SNAPSHOTS_TABLE)
          .insert(chunk.map(toDbRow))
          .onConflict(['objective_key', 'day'])
          .merge();
      }
    });
  }

  async latestSnapshots(
    objectiveKeys: readonly string[],
  ): Promise<Map<string, BudgetSnapshot>> {
    if (!Array.isArray(objectiveKeys)) {
      throw new InputError('Objective keys must be an array');
    }
    const keys = [...new Set(objectiveKeys.map(validateObjectiveKey))];
    const latest = new Map<string, BudgetSnapshot>();
    for (const chunk of chunks(keys, LOOKUP_CHUNK_SIZE)) {
      const newestDays = this.db(SNAPSHOTS_TABLE)
        .select('objective_key')
        .max({ day: 'day' })
        .whereIn('objective_key', chunk)
        .groupBy('objective_key')
        .as('newest');
      const rows: SnapshotDbRow[] = await this.db(`${SNAPSHOTS_TABLE} as s`)
        .join(newestDays, join =>
          join
            .on('s.objective_key', '=', 'newest.objective_key')
            .andOn('s.day', '=', 'newest.day'),
        )
        .select('s.*');
      for (const row of rows) {
        latest.set(row.objective_key, fromDbRow(row));
      }
    }
    return latest;
  }

  async history(
    objectiveKey: string,
    options: SnapshotHistoryOptions = {},
  ): Promise<BudgetSnapshot[]> {
    const key = validateObjectiveKey(objectiveKey);
    const query = this.db<SnapshotDbRow>(SNAPSHOTS_TABLE)
      .where('objective_key', key)
      .orderBy('day', 'asc');
    if (options.sinceDay !== undefined) {
      query.where('day', '>=', validateDay(options.sinceDay, 'sinceDay'));
    }
    const rows: SnapshotDbRow[] = await query.select();
    return rows.map(fromDbRow);
  }

  async pruneOlderThan(day: string): Promise<number> {
    const cutoff = validateDay(day, 'day');
    return await this.db(SNAPSHOTS_TABLE).where('day', '<', cutoff).delete();
  }
}
