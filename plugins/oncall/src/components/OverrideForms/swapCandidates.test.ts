import { scheduleOf } from '../../__fixtures__/schedule';
import { swapCandidates } from './swapCandidates';

describe('swapCandidates', () => {
  it('leaves out past shifts, the shift under way and the range cut', () => {
    // Sunday 1 March 23:00 UTC is midnight in Paris: Charlie's shift is cut there.
    const schedule = scheduleOf(
      '2026-03-01T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    );
    expect(
      swapCandidates(schedule, 'primary').map(s => [s.user, s.start, s.end]),
    ).toEqual([
      // Diana's week (from 2 March) is under way: the backend would refuse it.
      [
        'user:default/eve',
        '2026-03-09T09:00:00.000Z',
        '2026-03-16T09:00:00.000Z',
      ],
    ]);
  });

  it('offers nothing before the schedule is loaded', () => {
    expect(swapCandidates(undefined, 'primary')).toEqual([]);
  });

  it('does not offer a shift under way, even one that started before the range', () => {
    const schedule = scheduleOf(
      '2026-03-04T00:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
      [],
    );
    expect(
      swapCandidates(schedule, 'secondary').map(s => [s.user, s.start]),
    ).toEqual([]);
  });
});
