import { z } from 'zod';
import {
  type PluginApiClient,
  SourceError,
} from '@localplus/plugin-compliance-node';

const text = (max: number) => z.string().max(max);

const decisionSchema = z.object({
  id: text(1000),
  entityRef: text(500),
  title: text(2000),
  status: text(50),
  number: z.number().int().optional(),
  system: text(500).optional(),
  /** Only with include=text. */
  text: text(2_000_000).optional(),
});

const decisionListSchema = z.object({
  decisions: z.array(decisionSchema).max(500),
  total: z.number().int().min(0),
});

export type DecisionSummary = z.infer<typeof decisionSchema>;

/** What the ADR backend serves per request at most. */
const PAGE_SIZE = 500;
/** With their text a page weighs more: fewer per request. */
const TEXT_PAGE_SIZE = 50;
/** Decisions read in one run at most. */
export const MAX_DECISIONS = 50_000;

/** What the check reads from the ADR backend (`/api/adr`). */
export class AdrBackendClient {
  constructor(private readonly client: PluginApiClient) {}

  /** The URL listing an entity's accepted decisions, for `examined`. */
  acceptedUrl(entityRef?: string): Promise<string> {
    return this.client.url(acceptedQuery({ entityRef }));
  }

  /** Every accepted decision of the log, without its text. */
  acceptedDecisions(signal: AbortSignal): Promise<DecisionSummary[]> {
    return this.readAll(
      offset => acceptedQuery({ offset, limit: PAGE_SIZE }),
      signal,
    );
  }

  /** The accepted decisions in `entityRef`'s folder, with their text. */
  acceptedWithText(
    entityRef: string,
    signal: AbortSignal,
  ): Promise<DecisionSummary[]> {
    return this.readAll(
      offset =>
        acceptedQuery({ entityRef, offset, limit: TEXT_PAGE_SIZE, text: true }),
      signal,
    );
  }

  /**
   * Pages through a decision list. A decision seen twice (the log changed
   * while it was read) is kept once; an empty page before the promised
   * total ends the reading.
   */
  private async readAll(
    query: (offset: number) => string,
    signal: AbortSignal,
  ): Promise<DecisionSummary[]> {
    const decisions = new Map<string, DecisionSummary>();
    let offset = 0;
    let total = Infinity;
    while (offset < total) {
      const { body } = await this.client.getJson(
        query(offset),
        decisionListSchema,
        signal,
      );
      if (body.total > MAX_DECISIONS) {
        throw new SourceError(
          `The ADR backend holds ${body.total} accepted decisions, more than the ${MAX_DECISIONS} one run reads`,
        );
      }
      total = body.total;
      if (body.decisions.length === 0) break;
      offset += body.decisions.length;
      for (const decision of body.decisions)
        decisions.set(decision.id, decision);
    }
    return [...decisions.values()];
  }
}

function acceptedQuery(options: {
  entityRef?: string;
  offset?: number;
  limit?: number;
  text?: boolean;
}): string {
  const query = new URLSearchParams({ status: 'accepted' });
  if (options.entityRef) query.set('entityRef', options.entityRef);
  if (options.text) query.set('include', 'text');
  if (options.limit) query.set('limit', String(options.limit));
  if (options.offset) query.set('offset', String(options.offset));
  return `/decisions?${query}`;
}
