import { SEVERITIES, Severity } from '@localplus/plugin-oncall-common';
import { z } from 'zod';
import {
  type PluginApiClient,
  SourceError,
} from '@localplus/plugin-compliance-node';

const text = (max: number) => z.string().max(max);
const instant = z.iso.datetime({ offset: true });

const rotationsSchema = z.object({
  rotations: z
    .array(
      z.object({
        name: text(200),
        title: text(500),
        owner: text(500),
        provider: text(100),
      }),
    )
    .max(10_000),
  problems: z
    .array(
      z.object({
        entityRef: text(500),
        source: text(2000),
        field: text(500).optional(),
        message: text(5000),
      }),
    )
    .max(10_000),
});

const scheduleSchema = z.object({
  shifts: z
    .array(
      z.object({
        role: z.enum(['primary', 'secondary']),
        start: instant,
        end: instant,
      }),
    )
    .max(200_000),
});

const coverageSchema = z.object({
  from: instant,
  to: instant,
  findings: z
    .array(
      z.object({
        type: text(100),
        rotation: text(200).optional(),
        role: text(20).optional(),
        start: instant.optional(),
        end: instant.optional(),
      }),
    )
    .max(100_000),
});

const pagesSchema = z
  .array(
    z.object({
      id: text(100),
      alertName: text(1000),
      entityRef: text(512).optional(),
      severity: z.enum(SEVERITIES as [Severity, ...Severity[]]),
      rotation: text(200).optional(),
      firedAt: instant,
      acknowledgedAt: instant.optional(),
    }),
  )
  .max(1000);

export type RotationList = z.infer<typeof rotationsSchema>;
export type RotationProblem = RotationList['problems'][number];
export type ScheduledShift = z.infer<typeof scheduleSchema>['shifts'][number];
export type CoverageAudit = z.infer<typeof coverageSchema> & { url: string };
export type RecordedPage = z.infer<typeof pagesSchema>[number];

/** The on-call backend answers at most this many days of schedule at once. */
const SCHEDULE_CHUNK_DAYS = 90;
/** And at most this many pages per request, newest first. */
const PAGE_BATCH = 1000;
/** Pages judged in one run at most: beyond, the window is too busy to read whole. */
export const MAX_PAGES = 50_000;
const DAY_MS = 86_400_000;

/** What the checks read from the on-call backend (`/api/oncall`). */
export class OnCallBackendClient {
  constructor(private readonly client: PluginApiClient) {}

  async rotations(
    signal: AbortSignal,
  ): Promise<RotationList & { url: string }> {
    const { url, body } = await this.client.getJson(
      '/rotations',
      rotationsSchema,
      signal,
    );
    return { url, ...body };
  }

  /** The URL of a rotation's schedule over [from, to), for `examined`. */
  scheduleUrl(rotation: string, from: Date, to: Date): Promise<string> {
    return this.client.url(scheduleQuery(rotation, from, to));
  }

  /** The final schedule (layers, restrictions, overrides applied) over [from, to), read in chunks. */
  async schedule(
    rotation: string,
    from: Date,
    to: Date,
    signal: AbortSignal,
  ): Promise<ScheduledShift[]> {
    const shifts: ScheduledShift[] = [];
    for (
      let start = from.getTime();
      start < to.getTime();
      start += SCHEDULE_CHUNK_DAYS * DAY_MS
    ) {
      const end = Math.min(start + SCHEDULE_CHUNK_DAYS * DAY_MS, to.getTime());
      const { body } = await this.client.getJson(
        scheduleQuery(rotation, new Date(start), new Date(end)),
        scheduleSchema,
        signal,
      );
      shifts.push(...body.shifts);
    }
    return shifts;
  }

  /** The backend's coverage audit of the weeks ahead (its default length unless `weeks`). */
  async coverage(
    weeks: number | undefined,
    signal: AbortSignal,
  ): Promise<CoverageAudit> {
    const { url, body } = await this.client.getJson(
      weeks ? `/coverage?weeks=${weeks}` : '/coverage',
      coverageSchema,
      signal,
    );
    return { url, ...body };
  }

  /** The URL of the pages fired in [from, to), for `examined`. */
  pagesUrl(from: Date, to: Date): Promise<string> {
    return this.client.url(pagesQuery(from, to));
  }

  /**
   * Every page fired in [from, to). The backend answers newest first, at
   * most a thousand at a time, so each next request ends just after the
   * oldest page seen; pages seen twice (same instant) are kept once.
   */
  async pages(
    from: Date,
    to: Date,
    signal: AbortSignal,
  ): Promise<RecordedPage[]> {
    const pages = new Map<string, RecordedPage>();
    let end = to;
    for (;;) {
      const { body } = await this.client.getJson(
        pagesQuery(from, end),
        pagesSchema,
        signal,
      );
      const before = pages.size;
      for (const page of body) pages.set(page.id, page);
      if (pages.size > MAX_PAGES) {
        throw new SourceError(
          `The on-call backend holds more than ${MAX_PAGES} pages in the window; too many to judge in one run`,
        );
      }
      if (body.length < PAGE_BATCH) break;
      if (pages.size === before) {
        // A full batch of pages already seen: over a thousand share one instant.
        throw new SourceError(
          `The on-call backend answers the same ${PAGE_BATCH} pages again for ${pagesQuery(
            from,
            end,
          )}; cannot read further back`,
        );
      }
      const oldest = Math.min(...body.map(page => Date.parse(page.firedAt)));
      end = new Date(oldest + 1);
    }
    return [...pages.values()];
  }
}

function scheduleQuery(rotation: string, from: Date, to: Date): string {
  const query = new URLSearchParams({
    from: from.toISOString(),
    to: to.toISOString(),
  });
  return `/rotations/${encodeURIComponent(rotation)}/schedule?${query}`;
}

function pagesQuery(from: Date, to: Date): string {
  const query = new URLSearchParams({
    status: 'all',
    from: from.toISOString(),
    to: to.toISOString(),
    limit: String(PAGE_BATCH),
  });
  return `/pages?${query}`;
}
