/**
 * A metric source answers the PromQL-style queries the SLO backend builds from
 * OpenSLO documents. Prometheus is the first; anything that speaks the same
 * instant and range query model (Thanos, Mimir, VictoriaMetrics) can be another.
 */

/** One element of an instant vector. A scalar result comes back as one sample without labels. */
export type MetricSample = {
  labels: Record<string, string>;
  /** May be NaN or ±Infinity, as PromQL can produce them (e.g. 0/0). */
  value: number;
};

/** One series of a range query. */
export type MetricSeries = {
  labels: Record<string, string>;
  /** Epoch milliseconds and the value at that step, oldest first. */
  points: Array<{ t: number; value: number }>;
};

export type InstantQueryRequest = {
  environment: string;
  query: string;
  /** Evaluation time. */
  time: Date;
  signal?: AbortSignal;
};

export type RangeQueryRequest = {
  environment: string;
  query: string;
  start: Date;
  end: Date;
  stepSeconds: number;
  signal?: AbortSignal;
};

export interface SloMetricSource {
  /**
   * The OpenSLO `metricSource.type` this source serves, compared without case
   * (`prometheus` serves `type: Prometheus`).
   */
  readonly type: string;
  /** The environments this source is configured for, e.g. `['dev', 'staging', 'prod']`. */
  environments(): string[];
  queryInstant(request: InstantQueryRequest): Promise<MetricSample[]>;
  queryRange(request: RangeQueryRequest): Promise<MetricSeries[]>;
  /** A link to the source's own UI showing `query`, when the source has a public URL. */
  explorerUrl?(environment: string, query: string): string | undefined;
}

/** Why a query failed, so the portal can say what to do about it. */
export type MetricSourceErrorKind =
  /** Nothing answered at the configured URL. */
  | 'unreachable'
  /** The source did not answer within the configured timeout. */
  | 'timeout'
  /** The source refused the query itself (a PromQL syntax or execution error). */
  | 'query'
  /** The source refused our credentials. */
  | 'auth'
  /** The source answered something that is not a valid response. */
  | 'response'
  /** No source is configured for the environment asked for. */
  | 'not-configured';

/**
 * A failed query. The message is safe to show to users: it names the
 * environment and the cause, never a credential.
 */
export class MetricSourceError extends Error {
  readonly name = 'MetricSourceError';

  constructor(
    readonly kind: MetricSourceErrorKind,
    readonly environment: string,
    message: string,
  ) {
    super(message);
  }
}

export function isMetricSourceError(
  error: unknown,
): error is MetricSourceError {
  return (
    error instanceof Error &&
    error.name === 'MetricSourceError' &&
    typeof (error as MetricSourceError).kind === 'string'
  );
}
