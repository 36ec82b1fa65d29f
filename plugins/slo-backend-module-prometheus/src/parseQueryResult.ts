import type { MetricSample, MetricSeries } from '@localplus/plugin-slo-node';

/** The `data` of a successful Prometheus query response. */
export type QueryData = { resultType: string; result: unknown };

/**
 * Why a result cannot be used: `query` when the answer is valid but of a
 * kind the SLO backend cannot use (the fix is in the PromQL), `response`
 * when it is not a valid Prometheus result at all.
 */
export class ResultProblem extends Error {
  readonly name = 'ResultProblem';

  constructor(readonly kind: 'query' | 'response', message: string) {
    super(message);
  }
}

// Go's float formatting, plus exponents as other Prometheus-compatible
// servers write them.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A sample value as Prometheus sends it: a string, possibly NaN or ±Inf. */
export function parseSampleValue(raw: unknown): number {
  switch (raw) {
    case 'NaN':
      return NaN;
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    default:
  }
  if (typeof raw === 'string' && DECIMAL.test(raw)) {
    return Number(raw);
  }
  throw malformed(`the sample value ${JSON.stringify(raw)} is not a number`);
}

function malformed(detail: string): ResultProblem {
  return new ResultProblem(
    'response',
    `answered a malformed result: ${detail}`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLabels(raw: unknown): Record<string, string> {
  if (!isObject(raw)) {
    throw malformed('a series has no label set');
  }
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') {
      throw malformed(`the label ${name} is not a string`);
    }
  }
  return raw as Record<string, string>;
}

/** `[<unix seconds>, "<value>"]` */
function parsePoint(raw: unknown): { t: number; value: number } {
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'number') {
    throw malformed('a sample is not a [timestamp, value] pair');
  }
  return { t: Math.round(raw[0] * 1000), value: parseSampleValue(raw[1]) };
}

function histogramProblem(): ResultProblem {
  return new ResultProblem(
    'query',
    'the query returns native histogram samples; reduce them to numbers (e.g. with histogram_quantile or histogram_count)',
  );
}

function parseVector(result: unknown): MetricSample[] {
  if (!Array.isArray(result)) {
    throw malformed('a vector result is not a list');
  }
  return result.map(sample => {
    if (!isObject(sample)) {
      throw malformed('a vector element is not an object');
    }
    if (sample.histogram !== undefined) {
      throw histogramProblem();
    }
    return {
      labels: parseLabels(sample.metric),
      value: parsePoint(sample.value).value,
    };
  });
}

/** Samples of an instant query: a vector, or a scalar as one unlabelled sample. */
export function toSamples(data: QueryData): MetricSample[] {
  switch (data.resultType) {
    case 'vector':
      return parseVector(data.result);
    case 'scalar':
      return [{ labels: {}, value: parsePoint(data.result).value }];
    case 'matrix':
      throw new ResultProblem(
        'query',
        'the query returns a range vector (matrix), but an instant vector or scalar is needed here; remove the range selector or wrap it in a function such as rate()',
      );
    case 'string':
      throw new ResultProblem(
        'query',
        'the query returns a string, but an instant vector or scalar is needed here',
      );
    default:
      throw malformed(`unknown result type ${JSON.stringify(data.resultType)}`);
  }
}

/** Series of a range query, which Prometheus always answers with a matrix. */
export function toSeries(data: QueryData): MetricSeries[] {
  if (data.resultType !== 'matrix') {
    throw malformed(
      `a range query answered ${JSON.stringify(
        data.resultType,
      )} instead of a matrix`,
    );
  }
  if (!Array.isArray(data.result)) {
    throw malformed('a matrix result is not a list');
  }
  return data.result.map(series => {
    if (!isObject(series)) {
      throw malformed('a matrix element is not an object');
    }
    if (series.histograms !== undefined) {
      throw histogramProblem();
    }
    if (!Array.isArray(series.values)) {
      throw malformed('a series has no list of values');
    }
    return {
      labels: parseLabels(series.metric),
      points: series.values.map(parsePoint),
    };
  });
}
