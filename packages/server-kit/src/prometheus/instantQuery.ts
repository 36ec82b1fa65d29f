/** One element of an instant vector (a scalar answers one, without labels). */
export interface InstantSample {
  metric: Record<string, string>;
  value: number;
}

interface QueryResponse {
  status: 'success' | 'error';
  error?: string;
  data?: {
    resultType: 'vector' | 'scalar' | 'matrix' | 'string';
    result: unknown;
  };
}

/** Prometheus writes infinities as `+Inf`/`-Inf`, which Number() does not read. */
function parseValue(text: string): number {
  if (text === '+Inf') {
    return Infinity;
  }
  if (text === '-Inf') {
    return -Infinity;
  }
  return Number(text);
}

/**
 * Evaluates `query` at `time` (epoch seconds; Prometheus's "now" when
 * omitted) through `GET /api/v1/query`. Values come back as the float64
 * Prometheus computed, so they can be compared to a model to the last bit.
 */
export async function instantQuery(
  baseUrl: string,
  query: string,
  time?: number,
): Promise<InstantSample[]> {
  const params = new URLSearchParams({ query });
  if (time !== undefined) {
    params.set('time', String(time));
  }
  const response = await fetch(`${baseUrl}/api/v1/query?${params}`);
  const body = (await response.json()) as QueryResponse;
  if (body.status !== 'success' || !body.data) {
    throw new Error(
      `Prometheus query failed (${response.status}): ${body.error}\n  ${query}`,
    );
  }
  const { resultType, result } = body.data;
  if (resultType === 'scalar') {
    const [, value] = result as [number, string];
    return [{ metric: {}, value: parseValue(value) }];
  }
  if (resultType !== 'vector') {
    throw new Error(`Expected an instant vector, got a ${resultType}`);
  }
  return (
    result as Array<{ metric: Record<string, string>; value: [number, string] }>
  ).map(({ metric, value }) => ({ metric, value: parseValue(value[1]) }));
}

/** The single value of a query expected to answer exactly one element. */
export async function instantValue(
  baseUrl: string,
  query: string,
  time?: number,
): Promise<number> {
  const samples = await instantQuery(baseUrl, query, time);
  if (samples.length !== 1) {
    throw new Error(
      `Expected one result, got ${samples.length}, from:\n  ${query}`,
    );
  }
  return samples[0].value;
}
