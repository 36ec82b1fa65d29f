import { roundDecimal, roundSignificant } from './roundDecimal';

/** What is shown where a value is missing (`null` means "no data", never zero). */
export const NO_VALUE = '—';

/** Drops binary noise such as 99.91199999999999 before rounding. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A fraction as a percentage with fixed decimals: `0.7234, 0` → `72 %`. */
export function formatPercent(
  fraction: number | null | undefined,
  decimals = 0,
): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) {
    return NO_VALUE;
  }
  return `${roundDecimal(fraction * 100, decimals).toFixed(decimals)} %`;
}

/** A target as written, without trailing zeros: `0.999` → `99.9 %`. */
export function formatTarget(target: number): string {
  return `${clean(target * 100)} %`;
}

/** Decimals of a target in percent: 99.9 has 1, 99 has 0, 99.95 has 2. */
function targetDecimals(target: number): number {
  const text = String(clean(target * 100));
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * An SLI next to its target, two decimals finer than the target so that the
 * gap shows (`99.912 %` against `99.9 %`). It is rounded down: an SLI just
 * under 100 % must never read as 100 %, nor one under the target as on it.
 */
export function formatSli(sli: number | null | undefined, target: number) {
  if (sli === null || sli === undefined || Number.isNaN(sli)) {
    return NO_VALUE;
  }
  const decimals = Math.min(Math.max(targetDecimals(target) + 2, 2), 6);
  const scale = 10 ** decimals;
  const floored = Math.floor(clean(sli * 100 * scale)) / scale;
  return `${floored.toFixed(decimals)} %`;
}

/**
 * An error ratio, which is usually tiny: two significant digits under 1 %
 * (`0.00123` → `0.12 %`), two decimals above.
 */
export function formatErrorRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) {
    return NO_VALUE;
  }
  const percent = clean(ratio * 100);
  if (percent === 0) {
    return '0 %';
  }
  if (Math.abs(percent) >= 1) {
    return `${roundDecimal(percent, 2).toFixed(2)} %`;
  }
  return `${roundSignificant(percent, 2)} %`;
}
