/** Median and spread of repeated measurements, for the bench's lines. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: sorted.length,
  };
}

export function describe(s: Spread, unit: string, digits = 0): string {
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)} ${unit} (${f(s.min)}-${f(s.max)}, ${s.runs} runs)`;
}
