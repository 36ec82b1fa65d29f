import { ConflictError, NotFoundError } from '@backstage/errors';
import type { OnCallPage } from '@localplus/plugin-oncall-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { PageAttribution } from './pageAttribution';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  NotifiedStep,
  PageFilter,
  PageRecord,
  PageStore,
} from './PageStore';
import {
  fromPageRow,
  PageRow,
  PAGES_TABLE,
  storedInstant,
  toPageRow,
} from './pageRows';

/** The page store on the plugin's database (tables from the plugin's migrations). */
/** Pages older than this stay without a rotation: none answered for a week. */
const ATTRIBUTION_WINDOW_MS = 7 * 86_400_000;

export class DatabasePageStore implements PageStore {
  constructor(
    private readonly db: Knex,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(filter: PageFilter): Promise<OnCallPage[]> {
    const limit = Math.min(filter.limit ?? DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT);
    const query = this.db<PageRow>(PAGES_TABLE)
      .orderBy([
        { column: 'fired_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit);
    if (filter.status === 'open') {
      query.where(open =>
        open.whereNull('resolved_at').orWhereNull('acknowledged_at'),
      );
    }
    if (filter.entityRef !== undefined) {
      query.where('entity_ref', filter.entityRef);
    }
    if (filter.rotation !== undefined) {
      query.where('rotation', filter.rotation);
    }
    if (filter.from !== undefined) {
      query.where('fired_at', '>=', storedInstant(filter.from));
    }
    if (filter.to !== undefined) {
      query.where('fired_at', '<', storedInstant(filter.to));
    }
    const now = this.clock();
    return (await query.select()).map(row => fromPageRow(row, now));
  }

  async get(id: string): Promise<OnCallPage | undefined> {
    const row = await this.db<PageRow>(PAGES_TABLE).where({ id }).first();
    return row ? fromPageRow(row, this.clock()) : undefined;
  }

  async record(
    page: PageRecord,
  ): Promise<{ page: OnCallPage; created: boolean }> {
    const row = toPageRow(randomUUID(), page);
    // Two deliveries racing: the unique key lets one insert win, the other
    // falls through to the refresh below.
    await this.db<PageRow>(PAGES_TABLE)
      .insert(row)
      .onConflict(['fingerprint', 'fired_at'])
      .ignore();
    const key = { fingerprint: row.fingerprint, fired_at: row.fired_at };
    const stored = await this.db<PageRow>(PAGES_TABLE).where(key).first();
    if (!stored) {
      throw new Error(`Page ${row.fingerprint} at ${row.fired_at} vanished`);
    }
    const created = stored.id === row.id;
    if (!created) {
      await this.db<PageRow>(PAGES_TABLE).where(key).update({
        summary: row.summary,
        labels: row.labels,
        generator_url: row.generator_url,
        runbook_url: row.runbook_url,
      });
      if (row.resolved_at) {
        await this.markResolved(key, row.resolved_at);
      }
    }
    const current = await this.db<PageRow>(PAGES_TABLE).where(key).first();
    return { page: fromPageRow(current!, this.clock()), created };
  }

  async resolve(
    fingerprint: string,
    firedAt: string,
    resolvedAt: string,
  ): Promise<OnCallPage | undefined> {
    const key = { fingerprint, fired_at: storedInstant(firedAt) };
    await this.markResolved(key, storedInstant(resolvedAt));
    const row = await this.db<PageRow>(PAGES_TABLE).where(key).first();
    return row ? fromPageRow(row, this.clock()) : undefined;
  }

  private async markResolved(
    key: { fingerprint: string; fired_at: string },
    resolvedAt: string,
  ): Promise<void> {
    // The first resolution stands: Alertmanager repeats it for a while.
    await this.db<PageRow>(PAGES_TABLE)
      .where(key)
      .whereNull('resolved_at')
      .update({ resolved_at: resolvedAt });
  }

  async acknowledge(id: string, by: string, at: string): Promise<OnCallPage> {
    const updated = await this.db<PageRow>(PAGES_TABLE)
      .where({ id })
      .whereNull('acknowledged_at')
      .update({ acknowledged_at: storedInstant(at), acknowledged_by: by });
    const page = await this.get(id);
    if (!page) {
      throw new NotFoundError(`No page ${id}`);
    }
    if (updated === 0) {
      throw new ConflictError(
        `Page ${id} was already acknowledged by ${page.acknowledgedBy} at ${page.acknowledgedAt}`,
      );
    }
    return page;
  }

  async listEscalating(): Promise<OnCallPage[]> {
    const rows = await this.db<PageRow>(PAGES_TABLE)
      .whereNull('acknowledged_at')
      .whereNull('resolved_at')
      .whereNotNull('rotation')
      .orderBy('fired_at', 'asc')
      .select();
    const now = this.clock();
    return rows.map(row => fromPageRow(row, now));
  }

  async listUnattributed(): Promise<OnCallPage[]> {
    const since = new Date(
      this.clock().getTime() - ATTRIBUTION_WINDOW_MS,
    ).toISOString();
    const rows = await this.db<PageRow>(PAGES_TABLE)
      .whereNull('rotation')
      .whereNotNull('entity_ref')
      .where('fired_at', '>=', since)
      .orderBy('fired_at', 'asc')
      .select();
    const now = this.clock();
    return rows.map(row => fromPageRow(row, now));
  }

  async attribute(id: string, attribution: PageAttribution): Promise<boolean> {
    const updated = await this.db<PageRow>(PAGES_TABLE)
      .where({ id })
      .whereNull('rotation')
      .update({
        rotation: attribution.rotation,
        primary_user: attribution.primary ?? null,
        secondary_user: attribution.secondary ?? null,
        acknowledge_target_minutes:
          attribution.acknowledgeTargetMinutes ?? null,
      });
    return updated > 0;
  }

  async recordEscalation(
    id: string,
    expectedStep: number,
    steps: NotifiedStep[],
  ): Promise<boolean> {
    if (steps.length === 0) {
      return false;
    }
    return await this.db.transaction(async tx => {
      const row = await tx<PageRow>(PAGES_TABLE)
        .where({ id, escalation_step: expectedStep })
        .whereNull('acknowledged_at')
        .first();
      if (!row) {
        return false;
      }
      const notified = [
        ...(JSON.parse(row.notified) as NotifiedStep[]),
        ...steps,
      ];
      // The step in the WHERE clause is the compare-and-set: of two runs
      // that read the same row, only the first update matches it.
      const updated = await tx<PageRow>(PAGES_TABLE)
        .where({ id, escalation_step: expectedStep })
        .whereNull('acknowledged_at')
        .update({
          escalation_step: steps[steps.length - 1].step,
          notified: JSON.stringify(notified),
        });
      return updated === 1;
    });
  }
}
