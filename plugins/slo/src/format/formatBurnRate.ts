import { NO_VALUE } from './formatPercent';
import { roundDecimal } from './roundDecimal';

/**
 * A burn rate as a multiple of "exactly on budget": `14.4×`, `0.35×`, `1×`.
 * One decimal from 1× up, two below, trailing zeros dropped.
 */
export function formatBurnRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) {
    return NO_VALUE;
  }
  const decimals = Math.abs(rate) >= 1 ? 1 : 2;
  return `${roundDecimal(rate, decimals)}×`;
}
