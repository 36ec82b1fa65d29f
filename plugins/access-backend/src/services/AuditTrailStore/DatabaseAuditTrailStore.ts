import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  AccessAuditEvent,
  AccessAuditPage,
} from '@localplus/plugin-access-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import {
  AuditTrailQuery,
  AuditTrailStore,
  NewAuditEvent,
} from './AuditTrailStore';
import { AUDIT_TABLE, AuditDbRow, fromDbRow, toDbRow } from './auditRows';
import { describeIssues, newAuditEventSchema } from './auditEventSchema';
import { formatCursor } from './auditCursor';

const migrationsDir = resolvePackagePath(
  '@localplus/plugin-access-backend',
  'migrations',
);

/** The most rows one page may hold; the route bounds `limit` the same way. */
export const MAX_PAGE_SIZE = 500;

/** 11 columns a row: 50 rows stay under SQLite's 999 bound variables. */
const INSERT_CHUNK_SIZE = 50;

/** The audit trail on the plugin's own database, PostgreSQL or SQLite. */
export class DatabaseAuditTrailStore implements AuditTrailStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
    now?: () => Date;
  }): Promise<DatabaseAuditTrailStore> {
    const { database, skipMigrations } = options;
    const client = await database.getClient();
    if (!skipMigrations && !database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseAuditTrailStore(
      client,
      options.now ?? (() => new Date()),
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async append(events: readonly NewAuditEvent[]): Promise<AccessAuditEvent[]> {
    if (!Array.isArray(events)) {
      throw new InputError('Audit events must be an array');
    }
    const valid = events.map((event, index) => {
      const result = newAuditEventSchema.safeParse(event);
      if (!result.success) {
        throw new InputError(
          `Invalid audit event at index ${index}: ${describeIssues(
            result.error,
          )}`,
        );
      }
      return result.data;
    });
    if (valid.length === 0) {
      return [];
    }
    const recordedAt = this.now();
    const rows = valid.map(event => toDbRow(randomUUID(), event, recordedAt));
    await this.db.transaction(async tx => {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK_SIZE) {
        await tx<AuditDbRow>(AUDIT_TABLE).insert(
          rows.slice(i, i + INSERT_CHUNK_SIZE),
        );
      }
    });
    return rows.map(fromDbRow);
  }

  async list(query: AuditTrailQuery): Promise<AccessAuditPage> {
    const { limit, before, actor, outcome, action } = query;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InputError(
        `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
      );
    }
    const select = this.db<AuditDbRow>(AUDIT_TABLE)
      .select()
      .orderBy([
        { column: 'at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      // One row more than asked tells whether an older page exists.
      .limit(limit + 1);
    if (before) {
      const at = new Date(before.at);
      if (Number.isNaN(at.getTime())) {
        throw new InputError('before must be an ISO 8601 instant');
      }
      const id = before.id;
      select.where(builder => {
        builder.where('at', '<', at);
        if (id !== undefined) {
          builder.orWhere(same =>
            same.where('at', '=', at).where('id', '<', id),
          );
        }
      });
    }
    if (actor !== undefined) select.where('actor', actor);
    if (outcome !== undefined) select.where('outcome', outcome);
    if (action !== undefined) select.where('action', action);

    const rows: AuditDbRow[] = await select;
    const events = rows.slice(0, limit).map(fromDbRow);
    const last = events[events.length - 1];
    return rows.length > limit && last
      ? { events, nextBefore: formatCursor(last) }
      : { events };
  }

  async purgeOlderThan(instant: Date): Promise<number> {
    if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
      throw new InputError('The purge cutoff must be a valid date');
    }
    return await this.db(AUDIT_TABLE).where('at', '<', instant).delete();
  }
}
