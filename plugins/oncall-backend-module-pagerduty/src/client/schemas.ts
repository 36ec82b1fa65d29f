import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * The parts of PagerDuty REST API v2 objects the provider reads, checked as
 * they arrive. Unknown fields are dropped; a missing or mistyped field we
 * need makes the answer a response error naming it.
 */

/** PagerDuty ids are short alphanumeric strings such as `PIJ90N7`. */
export const pagerDutyId = z
  .string()
  .regex(/^[A-Za-z0-9]{1,32}$/, 'must be a PagerDuty id');

/** ISO-8601 with an offset, as PagerDuty writes instants (`2015-11-06T20:00:00-05:00`). */
const instant = z
  .string()
  .max(64)
  .refine(
    value => DateTime.fromISO(value, { setZone: true }).isValid,
    'must be an ISO-8601 date-time',
  );

const text = z.string().max(1024);

/** `{ id, type, summary, html_url }` pointing at another object. */
const reference = z.object({
  id: pagerDutyId,
  type: z.string().max(64).optional(),
  summary: text.nullish(),
  html_url: text.nullish(),
});

export type PagerDutyReference = z.infer<typeof reference>;

const restriction = z.object({
  type: z.enum(['daily_restriction', 'weekly_restriction']),
  start_time_of_day: z
    .string()
    .regex(
      /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/,
      'must be a time of day HH:mm:ss',
    ),
  duration_seconds: z.number().int().positive(),
  start_day_of_week: z.number().int().min(1).max(7).nullish(),
});

export type PagerDutyRestriction = z.infer<typeof restriction>;

const scheduleLayer = z.object({
  id: pagerDutyId.optional(),
  name: text.nullish(),
  start: instant,
  end: instant.nullish(),
  rotation_virtual_start: instant,
  rotation_turn_length_seconds: z.number().int().positive(),
  users: z.array(z.object({ user: reference })).max(1000),
  restrictions: z.array(restriction).max(100).nullish(),
});

export type PagerDutyScheduleLayer = z.infer<typeof scheduleLayer>;

export const scheduleSchema = z.object({
  id: pagerDutyId,
  name: text,
  time_zone: z.string().max(64).nullish(),
  html_url: text.nullish(),
  schedule_layers: z.array(scheduleLayer).max(100),
});

export type PagerDutySchedule = z.infer<typeof scheduleSchema>;

const escalationRule = z.object({
  escalation_delay_in_minutes: z.number().int().min(0),
  targets: z.array(reference.extend({ type: z.string().max(64) })).max(100),
});

export type PagerDutyEscalationRule = z.infer<typeof escalationRule>;

export const escalationPolicySchema = z.object({
  id: pagerDutyId,
  name: text,
  description: text.nullish(),
  html_url: text.nullish(),
  escalation_rules: z.array(escalationRule).max(100),
  services: z.array(reference).max(10_000).nullish(),
});

export type PagerDutyEscalationPolicy = z.infer<typeof escalationPolicySchema>;

export const serviceSchema = z.object({
  id: pagerDutyId,
  name: text,
  html_url: text.nullish(),
  escalation_policy: reference,
});

export type PagerDutyService = z.infer<typeof serviceSchema>;

export const userSchema = z.object({
  id: pagerDutyId,
  name: text.nullish(),
  email: z.string().max(254),
});

export type PagerDutyUser = z.infer<typeof userSchema>;

export const overrideSchema = z.object({
  id: pagerDutyId,
  start: instant,
  end: instant,
  user: reference,
});

export type PagerDutyOverride = z.infer<typeof overrideSchema>;

/** The first few issues, each with the path of the field at fault under `prefix`. */
export function describeShapeIssues(error: z.ZodError, prefix: string): string {
  const shown = error.issues.slice(0, 3).map(issue => {
    const path = [prefix, ...issue.path.map(String)].join('.');
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
