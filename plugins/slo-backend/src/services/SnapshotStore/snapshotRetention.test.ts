import {
  DEFAULT_SNAPSHOT_RETENTION_DAYS,
  retentionCutoffDay,
} from './snapshotRetention';

describe('retentionCutoffDay', () => {
  const now = new Date('2026-11-21T00:30:00Z');

  it('keeps 400 days, today included, by default', () => {
    expect(DEFAULT_SNAPSHOT_RETENTION_DAYS).toBe(400);
    expect(retentionCutoffDay(now)).toBe('2025-10-18');
  });

  it('counts UTC days', () => {
    expect(retentionCutoffDay(now, 1)).toBe('2026-11-21');
    expect(retentionCutoffDay(new Date('2026-11-21T23:59:59-05:00'), 1)).toBe(
      '2026-11-22',
    );
    expect(retentionCutoffDay(new Date('2024-03-01T12:00:00Z'), 2)).toBe(
      '2024-02-29',
    );
  });

  it('refuses a retention that keeps nothing', () => {
    expect(() => retentionCutoffDay(now, 0)).toThrow(RangeError);
    expect(() => retentionCutoffDay(now, 1.5)).toThrow(RangeError);
  });
});
