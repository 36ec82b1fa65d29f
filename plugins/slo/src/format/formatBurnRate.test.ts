import { formatBurnRate } from './formatBurnRate';

describe('formatBurnRate', () => {
  it('shows a multiple of the on-budget rate', () => {
    expect(formatBurnRate(14.4)).toBe('14.4×');
    expect(formatBurnRate(16.04)).toBe('16×');
    expect(formatBurnRate(1)).toBe('1×');
    expect(formatBurnRate(0.345)).toBe('0.35×');
    expect(formatBurnRate(0)).toBe('0×');
    expect(formatBurnRate(null)).toBe('—');
  });
});
