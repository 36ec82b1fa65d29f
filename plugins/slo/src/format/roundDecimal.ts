/**
 * Rounds half away from zero on the decimal digits people read, not on the
 * binary value: 0.345 is stored as 0.34499999…, yet must show as 0.35.
 */
export function roundDecimal(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

/** Rounds to a number of significant digits, the same way: 0.00345 → 0.0035. */
export function roundSignificant(value: number, digits: number): number {
  if (value === 0) {
    return 0;
  }
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return roundDecimal(value, Math.max(0, digits - 1 - magnitude));
}
