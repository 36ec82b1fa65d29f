import { scheduleOf } from '../../__fixtures__/schedule';
import { swapCandidates } from './swapCandidates';

describe('swapCandidates', () => {
  it('joins a shift split by an override and leaves out past shifts and the range cut', () => {
    // Sunday 1 March 23:00 UTC is midnight in Paris: Charlie's shift is cut there.
    const schedule = scheduleOf(
      '2026-03-01T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    );
    expect(
      swapCandidates(schedule, 'primary').map(s => [s.user, s.start, s.end]),
    ).toEqual([
      [
        'user:default/diana',
        '2026-03-02T09:00:00.000Z',
        '2026-03-09T09:00:00.000Z',
      ],
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

  it('offers a shift under way that started before the range, by its real start', () => {
    const schedule = scheduleOf(
      '2026-03-04T00:00:00.000Z',
      '2026-03-06T00:00:00.000Z',
      [],
    );
    expect(
      swapCandidates(schedule, 'secondary').map(s => [s.user, s.start]),
    ).toEqual([['user:default/eve', '2026-03-02T09:00:00.000Z']]);
  });
});
