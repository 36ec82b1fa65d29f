import { z } from 'zod';
import { interpretResponse } from './interpretResponse';
import { PagerDutyRequestError } from './PagerDutyRequestError';
import { rateLimitWaitMs } from './rateLimitWait';
import { BodyTooLargeError, readLimitedBody } from './readLimitedBody';
import {
  describeShapeIssues,
  escalationPolicySchema,
  overrideSchema,
  PagerDutyEscalationPolicy,
  PagerDutyOverride,
  PagerDutySchedule,
  PagerDutyService,
  PagerDutyUser,
  scheduleSchema,
  serviceSchema,
  userSchema,
} from './schemas';

export interface PagerDutyClientOptions {
  /** `https://api.pagerduty.com`, or the dev stack's simulator; no trailing slash. */
  baseUrl: string;
  /** A REST API key; sent as `Authorization: Token token=<key>` and nowhere else. */
  token: string;
  /** How long one request may take, reading the answer included. */
  requestTimeoutMs: number;
  /** The largest answer read, in bytes. Default 10 MiB. */
  maxResponseBytes?: number;
  /** How many 429 answers in a row are waited out. Default 3. */
  rateLimitRetries?: number;
  /** The most time spent waiting out 429s for one request. Default 60 s. */
  maxRateLimitWaitMs?: number;
  /** The most pages read from one list. Default 100 (10,000 objects). */
  maxPages?: number;
  /** How waiting is done; tests pass one that records and returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

type Query = Record<string, string | string[] | undefined>;

/** PagerDuty's largest page. */
const PAGE_SIZE = 100;
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
const DEFAULT_RATE_LIMIT_RETRIES = 3;
const DEFAULT_MAX_RATE_LIMIT_WAIT_MS = 60_000;
const DEFAULT_MAX_PAGES = 100;
/** Without a hint, 429s are waited out 1 s, 2 s, 4 s ... apart. */
const FALLBACK_RATE_LIMIT_WAIT_MS = 1000;
/** One retry of a 5xx, after a short pause: most are a blip. */
const SERVER_RETRY_WAIT_MS = 1000;

const ACCEPT = 'application/vnd.pagerduty+json;version=2';

const defaultSleep = (ms: number) =>
  new Promise<void>(resolve => setTimeout(resolve, ms));

/** The system error under fetch's generic "fetch failed" (ECONNREFUSED, ENOTFOUND). */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })
    ?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes % mib === 0) return `${bytes / mib} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function formatWait(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/**
 * Reads PagerDuty REST API v2: classic `offset`/`limit`/`more` pagination,
 * 429s waited out (`Retry-After` or `ratelimit-reset`) within a bounded
 * number of retries and total wait, one retry of a 5xx, a timeout per
 * request and a cap on the size of each answer. Every failure is a
 * `PagerDutyRequestError` whose message names the request, never the token.
 */
export class PagerDutyClient {
  private readonly maxResponseBytes: number;
  private readonly rateLimitRetries: number;
  private readonly maxRateLimitWaitMs: number;
  private readonly maxPages: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: PagerDutyClientOptions) {
    this.maxResponseBytes =
      options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.rateLimitRetries =
      options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
    this.maxRateLimitWaitMs =
      options.maxRateLimitWaitMs ?? DEFAULT_MAX_RATE_LIMIT_WAIT_MS;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.sleep = options.sleep ?? defaultSleep;
  }

  listServices(): Promise<PagerDutyService[]> {
    return this.list('/services', 'services', serviceSchema);
  }

  listEscalationPolicies(): Promise<PagerDutyEscalationPolicy[]> {
    return this.list(
      '/escalation_policies',
      'escalation_policies',
      escalationPolicySchema,
    );
  }

  listUsers(): Promise<PagerDutyUser[]> {
    return this.list('/users', 'users', userSchema);
  }

  /**
   * One schedule with its layers. `timeZone` asks PagerDuty to write the
   * layers' restrictions in that zone instead of the schedule's own; the
   * short since/until window keeps the rendered entries we ignore small.
   */
  async getSchedule(
    id: string,
    window: { since: string; until: string; timeZone?: string },
  ): Promise<PagerDutySchedule> {
    const path = `/schedules/${encodeURIComponent(id)}`;
    const body = await this.get(path, {
      since: window.since,
      until: window.until,
      time_zone: window.timeZone,
    });
    return this.shaped(path, 'a schedule', body, 'schedule', scheduleSchema);
  }

  /** The schedule's overrides that overlap [since, until). Not paginated by PagerDuty. */
  async listOverrides(
    scheduleId: string,
    window: { since: string; until: string },
  ): Promise<PagerDutyOverride[]> {
    const path = `/schedules/${encodeURIComponent(scheduleId)}/overrides`;
    const body = await this.get(path, window);
    return this.shaped(
      path,
      'a list of overrides',
      body,
      'overrides',
      z.array(overrideSchema).max(10_000),
    );
  }

  /** Every object of a classic paginated list, page after page. */
  private async list<T>(
    path: string,
    key: string,
    item: z.ZodType<T>,
    query: Query = {},
  ): Promise<T[]> {
    const items: T[] = [];
    for (let page = 0; ; page++) {
      if (page === this.maxPages) {
        throw this.failure(
          'response',
          `PagerDuty has more than ${this.maxPages} pages of ${key}; the provider stops there`,
        );
      }
      const body = await this.get(path, {
        ...query,
        limit: String(PAGE_SIZE),
        offset: String(items.length),
      });
      const pageItems = this.shaped(
        path,
        `a list of ${key}`,
        body,
        key,
        z.array(item).max(1000),
      );
      const more = this.shaped(
        path,
        'a page',
        body,
        'more',
        z.boolean().nullish(),
      );
      items.push(...pageItems);
      if (!more) {
        return items;
      }
      if (pageItems.length === 0) {
        // Asking again with the same offset would loop for ever.
        throw this.failure(
          'response',
          `PagerDuty answered GET ${path} with more: true but no ${key}`,
        );
      }
    }
  }

  /** `body[key]` checked against `schema`, or a response error naming the field. */
  private shaped<T>(
    path: string,
    what: string,
    body: unknown,
    key: string,
    schema: z.ZodType<T>,
  ): T {
    const value =
      body && typeof body === 'object'
        ? (body as Record<string, unknown>)[key]
        : undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw this.failure(
        'response',
        `PagerDuty answered GET ${path} with JSON that is not ${what} (${describeShapeIssues(
          parsed.error,
          key,
        )})`,
      );
    }
    return parsed.data;
  }

  /** GET with the retries of rate limits and server errors; the parsed JSON body. */
  private async get(path: string, query: Query): Promise<unknown> {
    const url = new URL(`${this.options.baseUrl}${path}`);
    for (const [name, value] of Object.entries(query)) {
      for (const one of [value ?? []].flat()) {
        url.searchParams.append(name, one);
      }
    }

    let rateLimited = 0;
    let waitedMs = 0;
    let serverRetried = false;
    for (;;) {
      const { response, text } = await this.fetchOnce(url, path);
      if (response.status === 429) {
        const wait =
          rateLimitWaitMs(response.headers, Date.now()) ??
          FALLBACK_RATE_LIMIT_WAIT_MS * 2 ** rateLimited;
        if (
          rateLimited >= this.rateLimitRetries ||
          waitedMs + wait > this.maxRateLimitWaitMs
        ) {
          throw this.failure(
            'rate-limit',
            `PagerDuty rate limit: GET ${path} was still refused with HTTP 429 after ${rateLimited} ${
              rateLimited === 1 ? 'retry' : 'retries'
            } and ${formatWait(waitedMs)} of waiting; try again later`,
          );
        }
        await this.sleep(wait);
        rateLimited += 1;
        waitedMs += wait;
        continue;
      }
      if (response.status >= 500 && !serverRetried) {
        serverRetried = true;
        await this.sleep(SERVER_RETRY_WAIT_MS);
        continue;
      }
      return this.interpret(path, response, text);
    }
  }

  private async fetchOnce(
    url: URL,
    path: string,
  ): Promise<{ response: Response; text: string }> {
    const { requestTimeoutMs } = this.options;
    const signal = AbortSignal.timeout(requestTimeoutMs);
    const timedOut = () =>
      this.failure(
        'timeout',
        `PagerDuty did not answer GET ${path} within ${formatWait(
          requestTimeoutMs,
        )}`,
      );
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          Accept: ACCEPT,
          Authorization: `Token token=${this.options.token}`,
        },
        signal,
        // A redirect could carry the Authorization header to another host.
        redirect: 'manual',
      });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      throw this.failure(
        'unreachable',
        `PagerDuty at ${this.options.baseUrl} is unreachable (${networkCause(
          error,
        )})`,
      );
    }
    try {
      return {
        response,
        text: await readLimitedBody(response, this.maxResponseBytes),
      };
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        throw this.failure(
          'response',
          `PagerDuty answered GET ${path} with more than ${formatBytes(
            this.maxResponseBytes,
          )}; the provider reads no more than that`,
        );
      }
      if (signal.aborted) throw timedOut();
      throw this.failure(
        'response',
        `PagerDuty broke off its answer to GET ${path} (${networkCause(
          error,
        )})`,
      );
    }
  }

  private interpret(path: string, response: Response, text: string): unknown {
    const result = interpretResponse(path, response, text);
    if ('failure' in result) {
      throw this.failure(result.failure.kind, result.failure.message);
    }
    return result.value;
  }

  /** Every message passes here, so an upstream echoing the token cannot leak it. */
  private failure(
    kind: PagerDutyRequestError['kind'],
    message: string,
  ): PagerDutyRequestError {
    const { token } = this.options;
    return new PagerDutyRequestError(
      kind,
      token ? message.split(token).join('[redacted]') : message,
    );
  }
}
