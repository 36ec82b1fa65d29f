import { Settings } from 'luxon';
import { ALICE, BOB, localplusWeekly } from '../__testUtils__/localplusWeekly';
import type { RotationDefinition } from '../rotation/types';
import { computeSchedule } from './computeSchedule';

const seeds = localplusWeekly();

/** A daily layer of Alice and Bob changing at 02:30 Paris, the hour DST plays with. */
function dailyAt0230(start: string): RotationDefinition {
  return {
    ...seeds,
    layers: [
      {
        ...seeds.layers[0],
        start,
        shiftLength: { days: 1 },
        members: [ALICE, BOB],
      },
    ],
  };
}

const starts = (definition: RotationDefinition, from: string, to: string) =>
  computeSchedule(definition, [], { from, to }).map(s => [s.user, s.start]);

describe('shift changes at times that DST repeats or skips', () => {
  it('changes at the first 02:30 of the night clocks go back', () => {
    expect(
      starts(
        dailyAt0230('2026-10-20T02:30'),
        '2026-10-24T12:00:00Z',
        '2026-10-26T12:00:00Z',
      ),
    ).toEqual([
      [ALICE, '2026-10-24T12:00:00.000Z'], // turn 4
      [BOB, '2026-10-25T00:30:00.000Z'], // turn 5, 02:30 CEST
      [ALICE, '2026-10-26T01:30:00.000Z'], // turn 6, 02:30 CET
    ]);
  });

  it('changes at 03:30 on the night 02:30 does not exist, and at 02:30 after', () => {
    expect(
      starts(
        dailyAt0230('2026-03-25T02:30'),
        '2026-03-28T12:00:00Z',
        '2026-03-30T12:00:00Z',
      ),
    ).toEqual([
      [BOB, '2026-03-28T12:00:00.000Z'], // turn 3
      [ALICE, '2026-03-29T01:30:00.000Z'], // turn 4, 03:30 CEST
      [BOB, '2026-03-30T00:30:00.000Z'], // turn 5, 02:30 CEST
    ]);
  });

  it('opens a 02:30-03:00 window at the first 02:30 when clocks go back', () => {
    const restricted = {
      ...seeds,
      layers: [
        {
          ...seeds.layers[0],
          restrictions: [
            { type: 'daily' as const, from: '02:30', to: '03:00' },
          ],
        },
      ],
    };
    const shifts = computeSchedule(restricted, [], {
      from: '2026-10-25T00:00:00Z',
      to: '2026-10-25T06:00:00Z',
    });
    expect(shifts.map(s => [s.start, s.end])).toEqual([
      ['2026-10-25T00:30:00.000Z', '2026-10-25T02:00:00.000Z'],
    ]);
  });

  it('gives the same schedule whatever season the process started in', () => {
    const originalNow = Settings.now;
    const scheduleStartedAt = (now: string) => {
      Settings.now = () => Date.parse(now);
      Settings.resetCaches();
      return computeSchedule(dailyAt0230('2026-10-20T02:30'), [], {
        from: '2026-10-24T00:00:00Z',
        to: '2026-10-27T00:00:00Z',
      });
    };
    try {
      expect(scheduleStartedAt('2026-07-01T00:00:00Z')).toEqual(
        scheduleStartedAt('2026-01-01T00:00:00Z'),
      );
    } finally {
      Settings.now = originalNow;
      Settings.resetCaches();
    }
  });

  it('refuses a rotation in an unknown time zone', () => {
    expect(() =>
      computeSchedule({ ...seeds, timeZone: 'Mars/Olympus' }, [], {
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-06T00:00:00Z',
      }),
    ).toThrow(
      'rotation localplus-weekly has an unknown time zone "Mars/Olympus"',
    );
  });
});
