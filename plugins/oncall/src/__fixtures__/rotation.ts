import { DateTime } from 'luxon';
import type {
  OnCallNow,
  OnCallRole,
  RotationSummary,
  Shift,
} from '@localplus/plugin-oncall-common';

/** The instant the tests run at (setupTests): Wednesday 4 March 2026, 10:00 in Paris. */
export const NOW = '2026-03-04T09:00:00.000Z';

export const ROTATION = 'localplus-weekly';
const ZONE = 'Europe/Paris';
const FIRST_HANDOFF = DateTime.fromISO('2026-01-05T10:00', { zone: ZONE });
const MEMBERS = ['alice', 'bob', 'charlie', 'diana', 'eve'].map(
  name => `user:default/${name}`,
);

/** The seeds' rotation as `GET /rotations` describes it. */
export const weeklySummary: RotationSummary = {
  name: ROTATION,
  title: 'LOCAL-PLUS weekly on-call',
  provider: 'native',
  source: './oncall/localplus-weekly.yaml',
  owner: 'group:default/localplus-oncall',
  covers: ['group:default/engineering'],
  timeZone: ZONE,
  handoff: 'Monday 10:00 Europe/Paris, 30-minute sync from 09:30',
  layers: [
    { name: 'primary', role: 'primary', members: MEMBERS },
    {
      name: 'secondary',
      role: 'secondary',
      // W1 Alice/Bob ... W5 Eve/Alice: the secondary list starts one later.
      members: [...MEMBERS.slice(1), MEMBERS[0]],
    },
  ],
  escalation: [
    {
      afterMinutes: 0,
      title: 'Primary on call',
      target: { type: 'role', role: 'primary' },
    },
    {
      afterMinutes: 15,
      title: 'Secondary on call',
      target: { type: 'role', role: 'secondary' },
    },
    {
      afterMinutes: 30,
      title: 'Incident commander',
      target: { type: 'group', ref: 'group:default/tech-leads' },
    },
    {
      afterMinutes: 60,
      title: 'Management',
      target: { type: 'user', ref: 'user:default/marc-lefevre' },
    },
  ],
  acknowledgeTargets: { P1: 5, P2: 15, P3: 60 },
  callerIsChanger: true,
};

/**
 * The engine's weekly shifts of one role intersecting [from, to), as the
 * backend would answer them: week 1 (from 5 January 2026) Alice/Bob, week 2
 * Bob/Charlie ... week 5 Eve/Alice, then again.
 */
export function weeklyShifts(role: OnCallRole, from: string, to: string) {
  const shifts: Shift[] = [];
  const start = DateTime.fromISO(from);
  const end = DateTime.fromISO(to);
  const members = weeklySummary.layers.find(l => l.role === role)!.members;
  let week = Math.floor(start.diff(FIRST_HANDOFF, 'weeks').weeks);
  for (; ; week++) {
    const shiftStart = FIRST_HANDOFF.plus({ weeks: week });
    if (shiftStart >= end) {
      break;
    }
    const shiftEnd = shiftStart.plus({ weeks: 1 });
    if (shiftEnd > start) {
      shifts.push({
        rotation: ROTATION,
        role,
        layer: role,
        user: members[((week % 5) + 5) % 5],
        start: shiftStart.toUTC().toISO()!,
        end: shiftEnd.toUTC().toISO()!,
      });
    }
  }
  return shifts;
}

/** Week 9 (2 to 9 March 2026) is the seeds' week 4: Diana primary, Eve secondary. */
export const weeklyNow: OnCallNow = {
  rotation: ROTATION,
  rotationTitle: weeklySummary.title,
  owner: weeklySummary.owner,
  primary: weeklyShifts('primary', NOW, NOW.replace('09:00', '09:01'))[0],
  secondary: weeklyShifts('secondary', NOW, NOW.replace('09:00', '09:01'))[0],
  nextHandoff: '2026-03-09T09:00:00.000Z',
  nextPrimary: weeklyShifts(
    'primary',
    '2026-03-09T09:00:00.000Z',
    '2026-03-09T09:01:00.000Z',
  )[0],
  nextSecondary: weeklyShifts(
    'secondary',
    '2026-03-09T09:00:00.000Z',
    '2026-03-09T09:01:00.000Z',
  )[0],
};
