import { z } from 'zod';

/**
 * A source could not be read or did not answer what it should. The message
 * is written for the auditor: it becomes the summary of an `error`
 * observation, so it names the request and never a header value.
 */
export class SourceError extends Error {
  readonly name = 'SourceError';
  constructor(
    message: string,
    /** The HTTP status, when the source answered one. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface HttpGetOptions {
  /** Sent as they are; never repeated in an error. */
  headers?: Record<string, string>;
  /** The evaluation run's signal: aborted when the run times out. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Bodies larger than this are refused, counted after decompression. */
  maxBytes: number;
  accept?: string;
}

const MESSAGE_CHARACTERS = 300;

function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes >= mib && bytes % mib === 0
    ? `${bytes / mib} MiB`
    : `${bytes} bytes`;
}

/** One line, bounded: a source's message goes into a ledger record. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MESSAGE_CHARACTERS
    ? `${flat.slice(0, MESSAGE_CHARACTERS - 1)}…`
    : flat;
}

/** The system error under fetch's "fetch failed", e.g. ECONNREFUSED. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const { code, errors, message } = (cause ?? {}) as {
    code?: unknown;
    errors?: Array<{ code?: unknown }>;
    message?: unknown;
  };
  const first = code ?? errors?.[0]?.code;
  if (typeof first === 'string') return first;
  return typeof message === 'string' && message ? message : String(cause);
}

/** The message a failing source gave: Backstage's `{error: {message}}` or Prometheus's `{error}`. */
function failureDetail(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as {
      error?: unknown;
    };
    const { error } = body ?? {};
    if (typeof error === 'string') return oneLine(error);
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === 'string') return oneLine(message);
  } catch {
    // Not JSON: the status line says enough.
  }
  return undefined;
}

async function readBounded(
  response: Response,
  maxBytes: number,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: a stream that never settles must not hold the run.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * GET `url` and its body as text, within a time and size limit. Every
 * failure is a {@link SourceError} naming the request: unreachable, timed
 * out, refused (with the source's own message), or too large.
 */
export async function httpGetText(
  url: string,
  options: HttpGetOptions,
): Promise<string> {
  const request = `GET ${url}`;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: options.accept ?? 'application/json',
        ...options.headers,
      },
      signal: AbortSignal.any([options.signal, timeout]),
      redirect: 'manual',
    });
  } catch (error) {
    if (options.signal.aborted) {
      throw new SourceError(`${request} was cancelled with the evaluation run`);
    }
    if (timeout.aborted) {
      throw new SourceError(
        `${request} had no answer within ${options.timeoutMs / 1000} s`,
      );
    }
    throw new SourceError(`${request} failed: ${networkCause(error)}`);
  }
  let text: string | undefined;
  try {
    text = await readBounded(response, options.maxBytes);
  } catch (error) {
    throw new SourceError(
      `${request} broke off while answering: ${networkCause(error)}`,
    );
  }
  if (text === undefined) {
    throw new SourceError(
      `${request} answered more than ${formatBytes(options.maxBytes)}`,
      response.status,
    );
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    const detail = failureDetail(text);
    throw new SourceError(
      `${request} answered ${status}${detail ? `: ${detail}` : ''}`,
      response.status,
    );
  }
  return text;
}

/** GET `url` as JSON, checked against `schema` (what the caller relies on, extra keys ignored). */
export async function httpGetJson<T>(
  url: string,
  schema: z.ZodType<T>,
  options: HttpGetOptions,
): Promise<T> {
  const text = await httpGetText(url, options);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SourceError(`GET ${url} did not answer JSON`);
  }
  return checkAnswer(schema, body, `GET ${url}`);
}

/** `value` as `schema` says, or a SourceError naming the first field at fault. */
export function checkAnswer<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue.path.join('.') || '(the whole answer)';
    throw new SourceError(
      `${what} answered something unexpected at ${oneLine(field)}: ${oneLine(
        issue.message,
      )}`,
    );
  }
  return parsed.data;
}

/** The message of anything thrown, for an observation's summary. */
export function errorMessage(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}
