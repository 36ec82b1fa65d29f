import {
  formatErrorRatio,
  formatPercent,
  formatSli,
  formatTarget,
} from './formatPercent';

describe('formatPercent', () => {
  it('shows a fraction as a percentage with the given decimals', () => {
    expect(formatPercent(0.7234)).toBe('72 %');
    expect(formatPercent(0.7234, 1)).toBe('72.3 %');
    expect(formatPercent(-0.12)).toBe('-12 %');
  });

  it('shows missing values as a dash, never as zero', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(0)).toBe('0 %');
  });
});

describe('formatTarget', () => {
  it('keeps the decimals the target was written with', () => {
    expect(formatTarget(0.999)).toBe('99.9 %');
    expect(formatTarget(0.99)).toBe('99 %');
    expect(formatTarget(0.9995)).toBe('99.95 %');
  });
});

describe('formatSli', () => {
  it('shows two decimals more than the target', () => {
    expect(formatSli(0.99912, 0.999)).toBe('99.912 %');
    expect(formatSli(0.99188, 0.99)).toBe('99.18 %');
    expect(formatSli(0.999512, 0.9995)).toBe('99.9512 %');
  });

  it('rounds down so that an SLI under 100 % or under target never reads as reached', () => {
    expect(formatSli(0.9999999, 0.999)).toBe('99.999 %');
    expect(formatSli(0.998999, 0.999)).toBe('99.899 %');
    expect(formatSli(1, 0.999)).toBe('100.000 %');
  });

  it('survives floating-point noise', () => {
    expect(formatSli(0.99912, 0.999)).not.toBe('99.911 %');
    expect(formatSli(null, 0.999)).toBe('—');
  });
});

describe('formatErrorRatio', () => {
  it('shows small ratios with two significant digits', () => {
    expect(formatErrorRatio(0.00123)).toBe('0.12 %');
    expect(formatErrorRatio(0.0000345)).toBe('0.0035 %');
    expect(formatErrorRatio(0.0144)).toBe('1.44 %');
    expect(formatErrorRatio(0)).toBe('0 %');
    expect(formatErrorRatio(null)).toBe('—');
  });
});
