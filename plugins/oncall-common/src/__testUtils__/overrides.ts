import type { OnCallRole, ScheduleOverride } from '../rotation/types';

let sequence = 0;

/** An override of the seeds rotation, created at `createdAt` (default: in order of calls). */
export function override(
  role: OnCallRole,
  user: string,
  start: string,
  end: string,
  extra: Partial<ScheduleOverride> = {},
): ScheduleOverride {
  sequence++;
  return {
    id: `override-${sequence}`,
    rotation: 'localplus-weekly',
    role,
    start,
    end,
    user,
    reason: 'test',
    createdBy: user,
    createdAt: new Date(Date.UTC(2025, 11, 1, 0, sequence)).toISOString(),
    ...extra,
  };
}
