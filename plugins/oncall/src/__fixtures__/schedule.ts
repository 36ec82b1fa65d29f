import type {
  OverrideChange,
  RotationSchedule,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import { people } from './people';
import { ROTATION, weeklyShifts } from './rotation';

/** Bob covers Diana's primary shift on Thursday 5 March 2026, 08:00 to 20:00 in Paris. */
export const bobCoversDiana: ScheduleOverride = {
  id: 'ov-1',
  rotation: ROTATION,
  role: 'primary',
  start: '2026-03-05T07:00:00.000Z',
  end: '2026-03-05T19:00:00.000Z',
  user: 'user:default/bob',
  replaces: 'user:default/diana',
  reason: 'Diana at the dentist',
  createdBy: 'user:default/diana',
  createdAt: '2026-03-01T12:00:00.000Z',
};

/** The final schedule over [from, to): the weekly layers, with the overrides laid on top. */
export function scheduleOf(
  from: string,
  to: string,
  overrides: ScheduleOverride[] = [bobCoversDiana],
): RotationSchedule {
  const inRange = overrides.filter(o => o.start < to && o.end > from);
  const shifts = [
    ...weeklyShifts('primary', from, to),
    ...weeklyShifts('secondary', from, to),
  ].flatMap(shift => {
    const cover = inRange.find(
      o => o.role === shift.role && o.start < shift.end && o.end > shift.start,
    );
    if (!cover) {
      return [shift];
    }
    return [
      { ...shift, end: cover.start },
      {
        ...shift,
        layer: 'override',
        user: cover.user,
        start: cover.start,
        end: cover.end,
        overrideId: cover.id,
      },
      { ...shift, start: cover.end },
    ];
  });
  return { rotation: ROTATION, from, to, shifts, overrides: inRange, people };
}

export const changes: OverrideChange[] = [
  {
    id: 'change-1',
    overrideId: bobCoversDiana.id,
    rotation: ROTATION,
    action: 'created',
    actor: 'user:default/diana',
    reason: bobCoversDiana.reason,
    at: bobCoversDiana.createdAt,
    override: bobCoversDiana,
  },
];
