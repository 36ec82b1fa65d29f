/**
 * Targets are written in decimal (0.999) but computed in binary, so `1 - 0.999`
 * comes out as 0.0010000000000000009. Twelve significant digits is far more
 * precision than any SLO needs and drops that noise, so budgets and alert
 * thresholds print and compare as the numbers people wrote.
 */
export function removeDecimalNoise(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
