import { budgetPolicyState } from './budgetPolicy';

describe('budgetPolicyState', () => {
  it.each([
    [0, 'normal'],
    [0.4999999, 'normal'],
    [0.5, 'careful'],
    [0.74, 'careful'],
    [0.75, 'freeze'],
    [0.8999999, 'freeze'],
    [0.9, 'emergency'],
    [1, 'emergency'],
    [3, 'emergency'],
  ])('consumed %p is %s', (consumed, state) => {
    expect(budgetPolicyState(consumed)).toBe(state);
  });

  it('treats a negative consumption (a surplus) as normal', () => {
    expect(budgetPolicyState(-0.2)).toBe('normal');
  });

  it('refuses NaN rather than guessing', () => {
    expect(() => budgetPolicyState(NaN)).toThrow(RangeError);
  });
});
