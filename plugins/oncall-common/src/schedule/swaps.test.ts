import { override } from '../__testUtils__/overrides';
import {
  ALICE,
  BOB,
  DIANA,
  localplusWeekly,
} from '../__testUtils__/localplusWeekly';
import type { ScheduleOverride } from '../rotation/types';
import { computeSchedule } from './computeSchedule';
import { findShiftStartingAt, planSwap, ScheduleOverrideDraft } from './swaps';

const rotation = localplusWeekly();
const WEEK_2 = '2026-01-12T09:00:00.000Z';
const WEEK_4 = '2026-01-26T09:00:00.000Z';
const WEEK_6 = '2026-02-09T09:00:00.000Z';
const NOW = '2026-01-06T12:00:00Z';

const stored = (draft: ScheduleOverrideDraft, n: number): ScheduleOverride => ({
  ...draft,
  id: `swap-${n}`,
  reason: 'swap',
  createdBy: BOB,
  createdAt: NOW,
});

describe('findShiftStartingAt', () => {
  it('finds the shift of the final schedule that starts at an instant', () => {
    expect(
      findShiftStartingAt(rotation, [], 'secondary', '2026-01-12T09:00:00Z'),
    ).toEqual({
      rotation: 'localplus-weekly',
      role: 'secondary',
      layer: 'secondary',
      user: 'user:default/charlie',
      start: WEEK_2,
      end: '2026-01-19T09:00:00.000Z',
    });
  });

  it('finds nothing in the middle of a shift or at a bad instant', () => {
    expect(
      findShiftStartingAt(rotation, [], 'primary', '2026-01-12T10:00:00Z'),
    ).toBeUndefined();
    expect(findShiftStartingAt(rotation, [], 'primary', 'x')).toBeUndefined();
  });
});

describe('planSwap', () => {
  it("trades Bob's week 2 and Diana's week 4 as primary", () => {
    const plan = planSwap(
      rotation,
      [],
      { role: 'primary', firstShiftStart: WEEK_2, secondShiftStart: WEEK_4 },
      NOW,
    );
    expect(plan).toEqual({
      overrides: [
        {
          rotation: 'localplus-weekly',
          role: 'primary',
          start: WEEK_2,
          end: '2026-01-19T09:00:00.000Z',
          user: DIANA,
          replaces: BOB,
        },
        {
          rotation: 'localplus-weekly',
          role: 'primary',
          start: WEEK_4,
          end: '2026-02-02T09:00:00.000Z',
          user: BOB,
          replaces: DIANA,
        },
      ],
    });
    const overrides = (
      plan as { overrides: ScheduleOverrideDraft[] }
    ).overrides.map(stored);
    const after = computeSchedule(rotation, overrides, {
      from: WEEK_2,
      to: '2026-02-02T09:00:00Z',
    }).filter(shift => shift.role === 'primary');
    expect(after.map(shift => shift.user)).toEqual([
      DIANA,
      'user:default/charlie',
      BOB,
    ]);
  });

  it.each([
    [
      'the same shift twice',
      WEEK_2,
      WEEK_2,
      'A shift cannot be swapped with itself.',
    ],
    [
      'a start inside a shift',
      WEEK_2,
      '2026-01-27T09:00:00Z',
      'No primary shift of LOCAL-PLUS weekly on-call starts at 2026-01-27T09:00:00Z.',
    ],
    [
      'two shifts of one person',
      '2026-01-05T09:00:00Z',
      WEEK_6,
      'user:default/alice holds both shifts: there is nothing to swap.',
    ],
  ])('refuses %s', (_, first, second, refusal) => {
    expect(
      planSwap(
        rotation,
        [],
        { role: 'primary', firstShiftStart: first, secondShiftStart: second },
        '2026-01-01T00:00:00Z',
      ),
    ).toEqual({ refusal });
  });

  it('refuses a shift that has begun', () => {
    const plan = planSwap(
      rotation,
      [],
      { role: 'primary', firstShiftStart: WEEK_2, secondShiftStart: WEEK_4 },
      '2026-01-13T00:00:00Z',
    );
    expect(plan).toEqual({
      refusal: `The shift from ${WEEK_2} cannot go to ${DIANA}: The override starts in the past: only future time can be handed over.`,
    });
  });

  it('trades what each holds in the final schedule, overrides included', () => {
    const existing = override(
      'primary',
      ALICE,
      '2026-01-27T09:00:00Z',
      '2026-01-28T09:00:00Z',
    );
    const plan = planSwap(
      rotation,
      [existing],
      { role: 'primary', firstShiftStart: WEEK_2, secondShiftStart: WEEK_4 },
      NOW,
    );
    // Diana's week 4 is cut by Alice's override: only its first day is hers to trade.
    expect(plan).toMatchObject({
      overrides: [
        { start: WEEK_2, user: DIANA },
        { start: WEEK_4, end: '2026-01-27T09:00:00.000Z', user: BOB },
      ],
    });
  });

  it('refuses to swap a shift that an override made', () => {
    const existing = override('primary', ALICE, WEEK_4, '2026-01-27T09:00:00Z');
    const plan = planSwap(
      rotation,
      [existing],
      { role: 'primary', firstShiftStart: WEEK_2, secondShiftStart: WEEK_4 },
      NOW,
    );
    expect(plan).toEqual({
      refusal: `The shift from ${WEEK_4} cannot go to ${BOB}: It overlaps the primary override of user:default/alice from ${WEEK_4} to 2026-01-27T09:00:00.000Z: cancel that one first.`,
    });
  });
});
