import {
  ALICE,
  BOB,
  CHARLIE,
  DIANA,
  EVE,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import { computeSchedule } from './computeSchedule';
import { onCallAt } from './onCallAt';

const rotation = localplusWeekly();
const holders = (at: string) => {
  const now = onCallAt(rotation, [], at);
  return [now.primary?.user, now.secondary?.user];
};
const hours = (shift: { start: string; end: string }) =>
  (Date.parse(shift.end) - Date.parse(shift.start)) / 3_600_000;

describe('the seeds rotation, worked out by hand', () => {
  it('starts week 1 on Monday 2026-01-05 10:00 Paris (09:00Z) with Alice and Bob', () => {
    expect(holders('2026-01-05T09:00:00Z')).toEqual([ALICE, BOB]);
    expect(holders('2026-01-05T08:59:59Z')).toEqual([undefined, undefined]);
  });

  it('keeps Alice and Bob until the next Monday 10:00', () => {
    expect(holders('2026-01-12T08:59:59Z')).toEqual([ALICE, BOB]);
    expect(holders('2026-01-12T09:00:00Z')).toEqual([BOB, CHARLIE]);
  });

  it('goes through the five weeks of the seeds table and starts again', () => {
    // W3, W4, W5, then week 6 is W1 again.
    expect(holders('2026-01-21T12:00:00Z')).toEqual([CHARLIE, DIANA]);
    expect(holders('2026-01-28T12:00:00Z')).toEqual([DIANA, EVE]);
    expect(holders('2026-02-04T12:00:00Z')).toEqual([EVE, ALICE]);
    expect(holders('2026-02-09T09:00:00Z')).toEqual([ALICE, BOB]);
  });

  it('has Charlie and Diana on 2026-12-04', () => {
    // Monday 2026-11-30 is day 334 of 2026 and Monday 2026-01-05 day 5:
    // 329 days = 47 weeks, so week 48 of the rotation; 47 mod 5 = 2 -> W3.
    const now = onCallAt(rotation, [], '2026-12-04T12:00:00Z');
    expect(now.primary).toEqual({
      rotation: 'localplus-weekly',
      role: 'primary',
      layer: 'primary',
      user: CHARLIE,
      start: '2026-11-30T09:00:00.000Z',
      end: '2026-12-07T09:00:00.000Z',
    });
    expect(now.secondary?.user).toBe(DIANA);
    expect(now.nextHandoff).toBe('2026-12-07T09:00:00.000Z');
    expect(now.nextPrimary?.user).toBe(DIANA);
    expect(now.nextSecondary?.user).toBe(EVE);
    expect(now).toMatchObject({
      rotation: 'localplus-weekly',
      rotationTitle: 'LOCAL-PLUS weekly on-call',
      owner: 'group:default/localplus-oncall',
    });
  });

  it('covers nothing before week 1', () => {
    expect(
      computeSchedule(rotation, [], {
        from: '2025-12-01T00:00:00Z',
        to: '2026-01-05T09:00:00Z',
      }),
    ).toEqual([]);
  });
});

describe('daylight saving time in Europe/Paris', () => {
  it('makes the week of 2026-03-29 (02:00 -> 03:00) 167 hours long', () => {
    // Monday 2026-03-23 is 77 days = 11 weeks after week 1: 11 mod 5 = 1 -> W2.
    const [primary] = computeSchedule(rotation, [], {
      from: '2026-03-25T00:00:00Z',
      to: '2026-03-26T00:00:00Z',
    });
    expect(primary.user).toBe(BOB);
    const [week] = computeSchedule(rotation, [], {
      from: '2026-03-23T09:00:00Z',
      to: '2026-03-30T08:00:00Z',
    });
    expect(week).toMatchObject({
      user: BOB,
      start: '2026-03-23T09:00:00.000Z', // 10:00 CET
      end: '2026-03-30T08:00:00.000Z', // 10:00 CEST
    });
    expect(hours(week)).toBe(167);
    expect(holders('2026-03-30T07:59:59Z')).toEqual([BOB, CHARLIE]);
    expect(holders('2026-03-30T08:00:00Z')).toEqual([CHARLIE, DIANA]);
  });

  it('makes the week of 2026-10-25 (03:00 -> 02:00) 169 hours long', () => {
    // Monday 2026-10-19 is 287 days = 41 weeks after week 1: 41 mod 5 = 1 -> W2.
    const shifts = computeSchedule(rotation, [], {
      from: '2026-10-12T00:00:00Z',
      to: '2026-11-03T00:00:00Z',
    });
    const primaries = shifts.filter(shift => shift.role === 'primary');
    expect(primaries.map(s => [s.user, s.start, s.end])).toEqual([
      [EVE, '2026-10-12T00:00:00.000Z', '2026-10-12T08:00:00.000Z'],
      [ALICE, '2026-10-12T08:00:00.000Z', '2026-10-19T08:00:00.000Z'],
      [BOB, '2026-10-19T08:00:00.000Z', '2026-10-26T09:00:00.000Z'],
      [CHARLIE, '2026-10-26T09:00:00.000Z', '2026-11-02T09:00:00.000Z'],
      [DIANA, '2026-11-02T09:00:00.000Z', '2026-11-03T00:00:00.000Z'],
    ]);
    expect(hours(primaries[1])).toBe(168);
    expect(hours(primaries[2])).toBe(169);
    expect(hours(primaries[3])).toBe(168);
  });

  it('keeps the handoff at 10:00 local: 08:00Z in summer, 09:00Z in winter', () => {
    const summer = onCallAt(rotation, [], '2026-07-01T12:00:00Z');
    expect(summer.nextHandoff).toBe('2026-07-06T08:00:00.000Z');
    const winter = onCallAt(rotation, [], '2026-02-18T12:00:00Z');
    expect(winter.nextHandoff).toBe('2026-02-23T09:00:00.000Z');
  });

  it('counts turns on the wall clock for a rotation started in summer', () => {
    // From Monday 2026-07-06 10:00 CEST (08:00Z), 17 weeks of 168 h end at
    // 2026-11-02T08:00Z, but the 17th turn starts at 10:00 CET = 09:00Z.
    const summer = {
      ...rotation,
      layers: [{ ...rotation.layers[0], start: '2026-07-06T10:00' }],
    };
    const shifts = computeSchedule(summer, [], {
      from: '2026-11-02T08:30:00Z',
      to: '2026-11-02T09:30:00Z',
    });
    // Turn 16 (16 mod 5 = 1) is Bob's, turn 17 (17 mod 5 = 2) Charlie's.
    expect(shifts.map(s => [s.user, s.start])).toEqual([
      [BOB, '2026-11-02T08:30:00.000Z'],
      [CHARLIE, '2026-11-02T09:00:00.000Z'],
    ]);
  });

  it('finds the right week years after the start without drifting', () => {
    // 2031-01-06 is a Monday, 261 weeks after 2026-01-05: 261 mod 5 = 1 -> W2.
    expect(holders('2031-01-06T09:00:00Z')).toEqual([BOB, CHARLIE]);
    expect(holders('2031-01-06T08:59:59Z')).toEqual([ALICE, BOB]);
  });
});

describe('a daily restriction 08:00-18:00 across a DST change', () => {
  const restricted = {
    ...rotation,
    layers: [
      {
        ...rotation.layers[0],
        restrictions: [{ type: 'daily' as const, from: '08:00', to: '18:00' }],
      },
    ],
  };

  it('stays at 08:00-18:00 local: 07:00Z-17:00Z before and 06:00Z-16:00Z after', () => {
    const shifts = computeSchedule(restricted, [], {
      from: '2026-03-28T00:00:00Z',
      to: '2026-03-31T00:00:00Z',
    });
    expect(shifts.map(s => [s.user, s.start, s.end])).toEqual([
      [BOB, '2026-03-28T07:00:00.000Z', '2026-03-28T17:00:00.000Z'],
      [BOB, '2026-03-29T06:00:00.000Z', '2026-03-29T16:00:00.000Z'],
      [BOB, '2026-03-30T06:00:00.000Z', '2026-03-30T08:00:00.000Z'],
      [CHARLIE, '2026-03-30T08:00:00.000Z', '2026-03-30T16:00:00.000Z'],
    ]);
  });

  it('lets the earlier layer show through outside the windows', () => {
    const layered = {
      ...rotation,
      layers: [
        { ...rotation.layers[0], name: 'nights', members: [EVE] },
        {
          ...rotation.layers[0],
          name: 'days',
          restrictions: [
            { type: 'daily' as const, from: '08:00', to: '18:00' },
          ],
        },
      ],
    };
    const shifts = computeSchedule(layered, [], {
      from: '2026-03-29T00:00:00Z',
      to: '2026-03-30T00:00:00Z',
    });
    expect(shifts.map(s => [s.layer, s.user, s.start, s.end])).toEqual([
      ['nights', EVE, '2026-03-29T00:00:00.000Z', '2026-03-29T06:00:00.000Z'],
      ['days', BOB, '2026-03-29T06:00:00.000Z', '2026-03-29T16:00:00.000Z'],
      ['nights', EVE, '2026-03-29T16:00:00.000Z', '2026-03-30T00:00:00.000Z'],
    ]);
  });
});
