import { roundDecimal, roundSignificant } from './roundDecimal';

describe('roundDecimal', () => {
  it('rounds half up on the decimal value', () => {
    expect(roundDecimal(0.345, 2)).toBe(0.35);
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(-0.345, 2)).toBe(-0.35);
    expect(roundDecimal(16.04, 1)).toBe(16);
  });
});

describe('roundSignificant', () => {
  it('keeps the given significant digits', () => {
    expect(roundSignificant(0.00345, 2)).toBe(0.0035);
    expect(roundSignificant(0.123, 2)).toBe(0.12);
    expect(roundSignificant(0, 2)).toBe(0);
  });
});
