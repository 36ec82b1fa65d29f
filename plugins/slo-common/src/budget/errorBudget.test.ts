import { budgetConsumed, burnRate, errorBudget } from './errorBudget';

const DAY = 86400;

describe('errorBudget', () => {
  it('gives 43.2 minutes for 99.9 % over 30 days', () => {
    const budget = errorBudget(0.999, 30 * DAY);
    expect(budget.allowedErrorFraction).toBeCloseTo(0.001, 9);
    expect(budget.allowedBadSeconds).toBeCloseTo(2592, 9);
    expect(budget.allowedBadSeconds / 60).toBeCloseTo(43.2, 9);
  });

  it('gives 3.6 hours for 99.5 % over 30 days', () => {
    const budget = errorBudget(0.995, 30 * DAY);
    expect(budget.allowedErrorFraction).toBeCloseTo(0.005, 9);
    expect(budget.allowedBadSeconds / 3600).toBeCloseTo(3.6, 9);
  });

  it('gives 10.08 minutes for 99.9 % over 7 days', () => {
    expect(errorBudget(0.999, 7 * DAY).allowedBadSeconds / 60).toBeCloseTo(
      10.08,
      9,
    );
  });

  it.each([0, 1, -0.5, 1.5, NaN])('refuses a target of %p', target => {
    expect(() => errorBudget(target, DAY)).toThrow(RangeError);
  });

  it('refuses a window that is not positive', () => {
    expect(() => errorBudget(0.999, 0)).toThrow(RangeError);
    expect(() => errorBudget(0.999, Infinity)).toThrow(RangeError);
  });
});

describe('budgetConsumed', () => {
  it.each([
    [1, 0.999, 0],
    [0.9995, 0.999, 0.5],
    [0.99925, 0.999, 0.75],
    [0.9991, 0.999, 0.9],
    [0.999, 0.999, 1],
    [0.998, 0.999, 2],
    [0.9975, 0.995, 0.5],
  ])(
    'an SLI of %p against %p has consumed %p of the budget',
    (sli, target, consumed) => {
      expect(budgetConsumed(sli, target)).toBeCloseTo(consumed, 9);
    },
  );

  it('refuses an SLI outside 0..1', () => {
    expect(() => budgetConsumed(1.1, 0.999)).toThrow(RangeError);
  });
});

describe('burnRate', () => {
  it.each([
    [0.001, 0.999, 1],
    [0.0144, 0.999, 14.4],
    [0.006, 0.999, 6],
    [0.01, 0.999, 10],
    [0.072, 0.995, 14.4],
    [0, 0.999, 0],
  ])('an error ratio of %p against %p burns at %px', (ratio, target, rate) => {
    expect(burnRate(ratio, target)).toBeCloseTo(rate, 9);
  });

  it('spends a 30-day budget in 50 hours at 14.4x', () => {
    const hoursToExhaust = (30 * 24) / burnRate(0.0144, 0.999);
    expect(hoursToExhaust).toBeCloseTo(50, 9);
  });
});
