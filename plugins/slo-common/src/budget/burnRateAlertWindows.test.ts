import { durationToSeconds } from '../openslo/durations';
import { errorBudget } from './errorBudget';
import {
  BURN_RATE_ALERT_WINDOWS,
  ERROR_RATIO_WINDOWS,
  hasEnoughEvents,
} from './burnRateAlertWindows';

describe('BURN_RATE_ALERT_WINDOWS', () => {
  it('is the SRE workbook table', () => {
    expect(
      BURN_RATE_ALERT_WINDOWS.map(
        w => `${w.severity} ${w.burnRate}x ${w.longWindow}/${w.shortWindow}`,
      ),
    ).toEqual([
      'page 14.4x 1h/5m',
      'page 6x 6h/30m',
      'ticket 3x 1d/2h',
      'ticket 1x 3d/6h',
    ]);
  });

  it.each([
    ['1h', 0.02],
    ['6h', 0.05],
    ['1d', 0.1],
    ['3d', 0.1],
  ])('alerting over %s means %p of a 30-day budget is spent', (long, share) => {
    const window = BURN_RATE_ALERT_WINDOWS.find(w => w.longWindow === long)!;
    const spent = (window.burnRate * durationToSeconds(long)!) / (30 * 86400);
    expect(spent).toBeCloseTo(share, 9);
    // Same check in bad seconds against the 99.9 % budget.
    const budget = errorBudget(0.999, 30 * 86400);
    const badSeconds =
      window.burnRate * budget.allowedErrorFraction * durationToSeconds(long)!;
    expect(badSeconds / budget.allowedBadSeconds).toBeCloseTo(share, 9);
  });

  it('keeps each short window at a twelfth of its long window', () => {
    for (const w of BURN_RATE_ALERT_WINDOWS) {
      expect(
        durationToSeconds(w.longWindow)! / durationToSeconds(w.shortWindow)!,
      ).toBe(12);
    }
  });

  it('records every window the alerts read', () => {
    const read = BURN_RATE_ALERT_WINDOWS.flatMap(w => [
      w.longWindow,
      w.shortWindow,
    ]);
    expect([...ERROR_RATIO_WINDOWS].sort()).toEqual([...new Set(read)].sort());
  });
});

describe('hasEnoughEvents', () => {
  it('lets an alert through from the minimum upwards', () => {
    expect(hasEnoughEvents(99, 100)).toBe(false);
    expect(hasEnoughEvents(100, 100)).toBe(true);
    expect(hasEnoughEvents(0, 0)).toBe(true);
  });
});
