import { IANAZone } from 'luxon';
import { z } from 'zod';
import { durationMinutes, parseDuration } from '../duration/parseDuration';
import { normaliseEntityRef } from './entityRefs';
import { isCalendarDateTime, TIME_OF_DAY } from './localTime';
import type {
  EscalationTarget,
  OnCallRole,
  ShiftLength,
  Weekday,
} from './types';

/**
 * The zod schema of a rotation file (see README). It checks each field on
 * its own and normalises names to refs; the checks that need several fields
 * (the time zone for local date-times, layer name clashes, escalation order)
 * are in `checkRotationSpec`.
 */

export const ROTATION_API_VERSION = 'oncall.localplus.io/v1alpha1';
export const ROTATION_KIND = 'Rotation';
export const MAX_LAYERS = 20;
export const MAX_LAYER_MEMBERS = 200;
export const MAX_RESTRICTIONS = 20;
export const MAX_ESCALATION_STEPS = 10;
export const MAX_COVERED_GROUPS = 50;
/** The longest shift a layer may have, and the longest override. */
export const MAX_SHIFT_WEEKS = 8;
const MAX_SHIFT_MINUTES = MAX_SHIFT_WEEKS * 7 * 24 * 60;
const MAX_ESCALATION_DELAY_MINUTES = 24 * 60;
const MAX_ACKNOWLEDGE_MINUTES = 7 * 24 * 60;
const MAX_SYNC_MINUTES = 240;

const WEEKDAY_NAMES = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const dnsLabel = z
  .string({ error: 'must be text' })
  .max(63, 'must be at most 63 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be lowercase letters, digits and "-", starting and ending with a letter or digit',
  );

const role = z.enum(['primary', 'secondary'], {
  error: 'must be primary or secondary',
});

const timeOfDay = z
  .string({ error: 'must be a time of day such as 08:00' })
  .regex(TIME_OF_DAY, 'must be a time of day such as 08:00');

const weekday = z
  .enum(WEEKDAY_NAMES, { error: 'must be a weekday: monday ... sunday' })
  .transform(name => (WEEKDAY_NAMES.indexOf(name) + 1) as Weekday);

const localDateTimeText = z
  .string({ error: 'must be a local date-time such as 2026-01-05T10:00' })
  .refine(
    isCalendarDateTime,
    'must be a local date-time such as 2026-01-05T10:00',
  );

function entityRef(kind: 'user' | 'group') {
  const message = `must be a ${kind} name or ref, e.g. ${
    kind === 'user' ? 'alice or user:default/alice' : 'tech-leads'
  }`;
  return z.string({ error: message }).transform((text, ctx) => {
    const ref = normaliseEntityRef(text, kind);
    if (!ref) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return ref;
  });
}

/** A duration in minutes between `min` and `max`. */
function minutesDuration(min: number, max: number, tooLong: string) {
  const message = 'must be a duration such as 15m, 1h or 1d12h';
  return z.string({ error: message }).transform((text, ctx) => {
    const duration = parseDuration(text);
    if (!duration) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    const minutes = durationMinutes(duration);
    if (minutes < min) {
      ctx.addIssue({ code: 'custom', message: 'must be longer than zero' });
      return z.NEVER;
    }
    if (minutes > max) {
      ctx.addIssue({ code: 'custom', message: tooLong });
      return z.NEVER;
    }
    return minutes;
  });
}

const shiftLength = z
  .string({ error: 'must be a duration such as 1w, 1d or 12h' })
  .transform((text, ctx): ShiftLength => {
    const duration = parseDuration(text);
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (!duration) {
      return fail('must be a duration such as 1w, 1d or 12h');
    }
    if (duration.minutes !== 0) {
      return fail('must be whole hours: weeks, days and hours (1w, 1d12h)');
    }
    const minutes = durationMinutes(duration);
    if (minutes <= 0) {
      return fail('must be longer than zero');
    }
    if (minutes > MAX_SHIFT_MINUTES) {
      return fail(`must be at most ${MAX_SHIFT_WEEKS} weeks`);
    }
    const length: ShiftLength = {};
    if (duration.weeks) length.weeks = duration.weeks;
    if (duration.days) length.days = duration.days;
    if (duration.hours) length.hours = duration.hours;
    return length;
  });

const dailyRestriction = z
  .strictObject({ type: z.literal('daily'), from: timeOfDay, to: timeOfDay })
  .refine(r => r.from !== r.to, {
    message: 'must differ from "from" (leave restrictions out for all day)',
    path: ['to'],
  });

const weeklyRestriction = z
  .strictObject({
    type: z.literal('weekly'),
    fromDay: weekday,
    from: timeOfDay,
    toDay: weekday,
    to: timeOfDay,
  })
  .refine(r => r.fromDay !== r.toDay || r.from !== r.to, {
    message: 'must end at another day or time than it starts',
    path: ['to'],
  });

const restriction = z.discriminatedUnion(
  'type',
  [dailyRestriction, weeklyRestriction],
  {
    error:
      'must have type daily (from, to) or weekly (fromDay, from, toDay, to)',
  },
);

const layer = z.strictObject({
  name: dnsLabel.refine(name => name !== 'override', {
    message: '"override" is reserved for the shifts of overrides',
  }),
  role,
  start: localDateTimeText,
  shiftLength,
  members: z
    .array(entityRef('user'), { error: 'must be a list of user names' })
    .min(1, 'must name at least one member')
    .max(MAX_LAYER_MEMBERS, `must name at most ${MAX_LAYER_MEMBERS} members`),
  restrictions: z
    .array(restriction, { error: 'must be a list of restrictions' })
    .max(MAX_RESTRICTIONS, `must hold at most ${MAX_RESTRICTIONS} windows`)
    .optional(),
  end: localDateTimeText.optional(),
});

const escalationTarget = z
  .strictObject({
    role: role.optional(),
    user: entityRef('user').optional(),
    group: entityRef('group').optional(),
  })
  .transform((target, ctx): EscalationTarget => {
    const given = [target.role, target.user, target.group].filter(
      value => value !== undefined,
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'must name exactly one of role, user or group',
      });
      return z.NEVER;
    }
    if (target.role) return { type: 'role', role: target.role as OnCallRole };
    if (target.user) return { type: 'user', ref: target.user };
    return { type: 'group', ref: target.group! };
  });

const escalationStep = z.strictObject({
  after: minutesDuration(0, MAX_ESCALATION_DELAY_MINUTES, 'must be at most 1d'),
  title: z
    .string({ error: 'must be text' })
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
  target: escalationTarget,
});

const acknowledgeTarget = minutesDuration(
  1,
  MAX_ACKNOWLEDGE_MINUTES,
  'must be at most 1w',
).optional();

export const rotationFileSchema = z.strictObject({
  apiVersion: z.literal(ROTATION_API_VERSION, {
    error: `must be ${ROTATION_API_VERSION}`,
  }),
  kind: z.literal(ROTATION_KIND, { error: `must be ${ROTATION_KIND}` }),
  metadata: z.strictObject({
    name: dnsLabel,
    title: z.string({ error: 'must be text' }).min(1).max(200).optional(),
    description: z.string({ error: 'must be text' }).max(2000).optional(),
  }),
  spec: z.strictObject({
    covers: z
      .array(entityRef('group'), { error: 'must be a list of groups' })
      .max(MAX_COVERED_GROUPS, `must name at most ${MAX_COVERED_GROUPS} groups`)
      .optional(),
    timeZone: z
      .string({ error: 'must be an IANA time zone such as Europe/Paris' })
      .refine(
        zone => IANAZone.isValidZone(zone),
        'must be an IANA time zone such as Europe/Paris',
      ),
    handoff: z
      .strictObject({
        syncMinutes: z
          .number({ error: 'must be a number of minutes' })
          .int('must be a whole number of minutes')
          .min(0, 'must not be negative')
          .max(MAX_SYNC_MINUTES, `must be at most ${MAX_SYNC_MINUTES}`)
          .optional(),
      })
      .optional(),
    layers: z
      .array(layer, { error: 'must be a list of layers' })
      .min(1, 'must hold at least one layer')
      .max(MAX_LAYERS, `must hold at most ${MAX_LAYERS} layers`),
    escalation: z
      .array(escalationStep, { error: 'must be a list of steps' })
      .max(
        MAX_ESCALATION_STEPS,
        `must hold at most ${MAX_ESCALATION_STEPS} steps`,
      )
      .optional(),
    acknowledgeTargets: z
      .strictObject({
        P1: acknowledgeTarget,
        P2: acknowledgeTarget,
        P3: acknowledgeTarget,
        P4: acknowledgeTarget,
      })
      .optional(),
  }),
});

export type RotationFile = z.infer<typeof rotationFileSchema>;
