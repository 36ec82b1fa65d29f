import {
  MetricSourceError,
  type MetricSourceErrorKind,
} from '@localplus/plugin-slo-node';
import type { ResolvedEnvironment } from '../options';
import type { QueryData } from '../parseQueryResult';
import { BodyTooLargeError, readLimitedBody } from './readLimitedBody';
import { redactSecrets, secretsOf } from './redactSecrets';

export type ClientLimits = { timeoutMs: number; maxResponseBytes: number };

type PrometheusError = { errorType: string; error: string };

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function formatBytes(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes % mib === 0) return `${bytes / mib} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The system error code under fetch's generic "fetch failed", e.g. ECONNREFUSED. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  const { code, errors, message } = (cause ?? {}) as {
    code?: unknown;
    errors?: Array<{ code?: unknown }>;
    message?: unknown;
  };
  const firstCode = code ?? errors?.[0]?.code;
  if (typeof firstCode === 'string') {
    return firstCode;
  }
  return typeof message === 'string' && message ? message : String(cause);
}

/** Origin and path only: a login redirect's query may carry state or tokens. */
function redirectTarget(location: string | null, base: string) {
  if (!location) {
    return undefined;
  }
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function asPrometheusError(body: unknown): PrometheusError | undefined {
  const { status, errorType, error } = (body ?? {}) as Record<string, unknown>;
  if (status === 'error' && typeof error === 'string') {
    return {
      errorType: typeof errorType === 'string' ? errorType : 'unknown',
      error,
    };
  }
  return undefined;
}

function asQueryData(body: unknown): QueryData | undefined {
  const { status, data } = (body ?? {}) as Record<string, unknown>;
  const { resultType } = (data ?? {}) as Record<string, unknown>;
  if (status === 'success' && typeof resultType === 'string') {
    return data as QueryData;
  }
  return undefined;
}

/**
 * The HTTP side of one environment's Prometheus: posts a query, maps every
 * way it can fail to a `MetricSourceError`, and returns the result data.
 * Header values are sent and otherwise never used: every message is scrubbed
 * of them before it leaves.
 */
export class PrometheusClient {
  private readonly secrets: string[];
  /** How messages name this Prometheus. */
  readonly where: string;

  constructor(
    readonly environment: ResolvedEnvironment,
    private readonly limits: ClientLimits,
  ) {
    this.secrets = secretsOf(environment.headers);
    this.where = `Prometheus for ${environment.name} at ${environment.baseUrl}`;
  }

  error(kind: MetricSourceErrorKind, message: string): MetricSourceError {
    return new MetricSourceError(
      kind,
      this.environment.name,
      redactSecrets(message, this.secrets),
    );
  }

  /** POSTs a form to `/api/v1/<endpoint>`, as long queries do not fit in a URL. */
  async post(
    endpoint: 'query' | 'query_range',
    form: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<QueryData> {
    const { timeoutMs, maxResponseBytes } = this.limits;
    const timeout = AbortSignal.timeout(timeoutMs);
    const headers = new Headers(this.environment.headers);
    headers.set('content-type', 'application/x-www-form-urlencoded');
    headers.set('accept', 'application/json');
    // Prometheus' own evaluation timeout, so that it stops working on a
    // query nobody waits for any more.
    const body = new URLSearchParams({
      ...form,
      timeout: String(timeoutMs / 1000),
    });

    let response: Response;
    try {
      response = await fetch(`${this.environment.baseUrl}/api/v1/${endpoint}`, {
        method: 'POST',
        headers,
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        // A redirect would turn the POST into a GET and might carry the
        // headers to another host.
        redirect: 'manual',
      });
    } catch (error) {
      throw this.abortError(timeout, signal, error, () =>
        this.error(
          'unreachable',
          `${this.where} is unreachable (${networkCause(error)})`,
        ),
      );
    }

    let text: string;
    try {
      text = await readLimitedBody(response, maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        throw this.error(
          'response',
          `${this.where} answered more than ${formatBytes(
            maxResponseBytes,
          )}; narrow the query (fewer series or a larger step)`,
        );
      }
      throw this.abortError(timeout, signal, error, () =>
        this.error(
          'response',
          `${this.where} broke off its answer (${networkCause(error)})`,
        ),
      );
    }
    return this.interpret(response, text);
  }

  /**
   * The caller's own abort wins and is passed through as it is: it is not a
   * failure of this source. Then our timeout, then whatever else happened.
   */
  private abortError(
    timeout: AbortSignal,
    signal: AbortSignal | undefined,
    error: unknown,
    otherwise: () => MetricSourceError,
  ): unknown {
    if (signal?.aborted) {
      return signal.reason ?? error;
    }
    if (timeout.aborted) {
      return this.error(
        'timeout',
        `${this.where} did not answer within ${formatDuration(
          this.limits.timeoutMs,
        )}`,
      );
    }
    return otherwise();
  }

  private interpret(response: Response, text: string): QueryData {
    const { status } = response;
    if (status >= 300 && status < 400) {
      const target = redirectTarget(
        response.headers.get('location'),
        response.url || this.environment.baseUrl,
      );
      throw this.error(
        'response',
        `${this.where} answered with a redirect (HTTP ${status}${
          target ? ` to ${target}` : ''
        }); set baseUrl to the address the API answers at`,
      );
    }
    if (status === 401 || status === 403) {
      throw this.error(
        'auth',
        `${this.where} refused the request (HTTP ${status}); the credentials configured for ${this.environment.name} are missing, wrong or lack access`,
      );
    }

    const body = parseJson(text);
    const prometheusError = asPrometheusError(body);
    if (prometheusError?.errorType === 'timeout') {
      throw this.error(
        'timeout',
        `${this.where} gave up evaluating the query: ${prometheusError.error}`,
      );
    }
    if ((status === 400 || status === 422) && prometheusError) {
      throw this.error(
        'query',
        `Prometheus for ${this.environment.name} rejected the query: ${prometheusError.error}`,
      );
    }
    if (status >= 200 && status < 300) {
      const data = asQueryData(body);
      if (data) {
        return data;
      }
    }

    let detail: string;
    if (prometheusError) {
      detail = `: ${prometheusError.error}`;
    } else if (status === 404) {
      detail =
        '; check that baseUrl includes any path prefix Prometheus is served under';
    } else {
      const type = response.headers.get('content-type');
      detail = ` with a body that is not Prometheus JSON${
        type ? ` (${type.split(';')[0]})` : ''
      }; a proxy or login page may be in the way`;
    }
    throw this.error(
      'response',
      `${this.where} answered HTTP ${status}${detail}`,
    );
  }
}
