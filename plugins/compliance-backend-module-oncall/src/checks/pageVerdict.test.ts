import type { RecordedPage } from '../sources/OnCallBackendClient';
import { judgePage } from './pageVerdict';

const NOW = new Date('2026-12-05T12:00:00Z');
const minutesBefore = (minutes: number) =>
  new Date(NOW.getTime() - minutes * 60_000).toISOString();

function page(
  firedMinutesAgo: number,
  acknowledgedMinutesAgo?: number,
): RecordedPage {
  return {
    id: 'p',
    alertName: 'A',
    severity: 'P1',
    firedAt: minutesBefore(firedMinutesAgo),
    ...(acknowledgedMinutesAgo === undefined
      ? {}
      : { acknowledgedAt: minutesBefore(acknowledgedMinutesAgo) }),
  };
}

describe('judgePage', () => {
  const targets = { P1: 5 };

  it('counts an acknowledgement exactly at the target as in time, a millisecond after as late', () => {
    expect(judgePage(page(10, 5), targets, NOW)).toMatchObject({
      kind: 'in-time',
      delayMs: 5 * 60_000,
    });
    const late = page(10, 5);
    late.acknowledgedAt = new Date(
      Date.parse(late.acknowledgedAt!) + 1,
    ).toISOString();
    expect(judgePage(late, targets, NOW).kind).toBe('late');
  });

  it('waits for an unacknowledged page until its target has passed', () => {
    expect(judgePage(page(5), targets, NOW).kind).toBe('pending');
    expect(judgePage(page(6), targets, NOW)).toMatchObject({
      kind: 'late',
      acknowledged: false,
      delayMs: 6 * 60_000,
    });
  });

  it('does not judge a severity without a target', () => {
    expect(judgePage(page(600), { P2: 15 }, NOW).kind).toBe('no-target');
  });
});
