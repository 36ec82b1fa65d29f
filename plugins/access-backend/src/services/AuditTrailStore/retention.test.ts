import { retentionCutoff } from './retention';

describe('retentionCutoff', () => {
  it('keeps exactly the last retentionDays days', () => {
    const now = new Date('2026-12-04T12:00:00.000Z');
    expect(retentionCutoff(now, 400).toISOString()).toBe(
      '2025-10-30T12:00:00.000Z',
    );
    expect(retentionCutoff(now, 1).toISOString()).toBe(
      '2026-12-03T12:00:00.000Z',
    );
  });

  it.each([0, -1, 1.5, NaN])('refuses %p days', days => {
    expect(() => retentionCutoff(new Date(), days)).toThrow(RangeError);
  });
});
