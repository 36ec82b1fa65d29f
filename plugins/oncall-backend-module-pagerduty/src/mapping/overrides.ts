import type {
  OnCallRole,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import type { PagerDutyOverride } from '../client/schemas';
import type { RotationUsers } from './users';

const utc = (iso: string) =>
  DateTime.fromISO(iso, { setZone: true }).toUTC().toISO()!;

/**
 * A schedule's PagerDuty overrides as read-only overrides of the role that
 * schedule fills. PagerDuty does not say who made them or when, so they
 * carry `pagerduty` as author and the time they were read.
 */
export function mapOverrides(
  overrides: PagerDutyOverride[],
  target: { rotation: string; role: OnCallRole; scheduleId: string },
  users: RotationUsers,
  readAt: string,
): ScheduleOverride[] {
  return overrides.map((override, index) => ({
    id: `pagerduty-${override.id.toLowerCase()}`,
    rotation: target.rotation,
    role: target.role,
    start: utc(override.start),
    end: utc(override.end),
    user: users.ref(
      override.user.id,
      `schedules/${target.scheduleId}/overrides[${index}].user`,
    ),
    reason: 'Override made in PagerDuty (read-only here)',
    createdBy: 'pagerduty',
    createdAt: readAt,
  }));
}
