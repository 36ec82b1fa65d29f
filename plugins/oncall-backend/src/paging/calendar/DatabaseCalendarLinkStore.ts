import type { CalendarLink } from '@localplus/plugin-oncall-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type { CalendarLinkScope, CalendarLinkStore } from './CalendarLinkStore';

export const CALENDAR_LINKS_TABLE = 'oncall_calendar_links';

interface CalendarLinkRow {
  id: string;
  scope: string;
  target: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

function fromRow(row: CalendarLinkRow): CalendarLink {
  return {
    id: row.id,
    scope: row.scope as CalendarLinkScope,
    target: row.target,
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
  };
}

/** The calendar link store on the plugin's database. */
export class DatabaseCalendarLinkStore implements CalendarLinkStore {
  constructor(
    private readonly db: Knex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(link: {
    scope: CalendarLinkScope;
    target: string;
    createdBy: string;
  }): Promise<CalendarLink> {
    const row: CalendarLinkRow = {
      id: randomUUID(),
      scope: link.scope,
      target: link.target,
      created_by: link.createdBy,
      created_at: this.clock().toISOString(),
      revoked_at: null,
    };
    await this.db<CalendarLinkRow>(CALENDAR_LINKS_TABLE).insert(row);
    return fromRow(row);
  }

  async get(id: string): Promise<CalendarLink | undefined> {
    const row = await this.db<CalendarLinkRow>(CALENDAR_LINKS_TABLE)
      .where({ id })
      .first();
    return row ? fromRow(row) : undefined;
  }

  async listCreatedBy(createdBy: string): Promise<CalendarLink[]> {
    const rows = await this.db<CalendarLinkRow>(CALENDAR_LINKS_TABLE)
      .where({ created_by: createdBy })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(fromRow);
  }

  async revoke(
    id: string,
    createdBy: string,
    at: string,
  ): Promise<CalendarLink | undefined> {
    const own = { id, created_by: createdBy };
    await this.db<CalendarLinkRow>(CALENDAR_LINKS_TABLE)
      .where(own)
      .whereNull('revoked_at')
      .update({ revoked_at: new Date(at).toISOString() });
    const row = await this.db<CalendarLinkRow>(CALENDAR_LINKS_TABLE)
      .where(own)
      .first();
    return row ? fromRow(row) : undefined;
  }
}
