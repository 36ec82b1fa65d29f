import { InputError } from '@backstage/errors';
import { ON_CALL_ROLES } from '@localplus/plugin-oncall-common';
import { z } from 'zod';
import { MAX_COVERAGE_WEEKS } from './config';

/** Rotation names: DNS labels for files, provider ids (`pagerduty-pabc123`) for the rest. */
export const rotationName = z
  .string()
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a rotation name');

export const rotationParams = z.strictObject({ name: rotationName });

/** Our override ids are UUIDs; a provider's may be anything of this shape. */
export const overrideParams = z.strictObject({
  id: z
    .string()
    .max(128)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an override id'),
});

const namePart = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an entity name part');

export const entityParams = z.strictObject({
  kind: namePart,
  namespace: namePart,
  name: namePart,
});

/** An ISO-8601 instant with its offset (`Z` or `+01:00`), stored as UTC. */
export const isoInstant = z.iso
  .datetime({
    offset: true,
    message: 'must be an ISO instant like 2026-12-07T09:00:00Z',
  })
  .transform(value => new Date(value).toISOString());

/** For routes that take no query parameters: any is a mistake worth saying. */
export const noQuery = z.strictObject({});

export const rangeQuery = z.strictObject({
  from: isoInstant.optional(),
  to: isoInstant.optional(),
});

export const changesQuery = z.strictObject({
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .optional(),
});

export const coverageQuery = z.strictObject({
  weeks: z.coerce
    .number()
    .int('must be a whole number of weeks')
    .min(1, 'must be at least 1')
    .max(MAX_COVERAGE_WEEKS, `must be at most ${MAX_COVERAGE_WEEKS}`)
    .optional(),
});

const role = z.enum(ON_CALL_ROLES as ['primary', 'secondary']);
const reason = z
  .string()
  .trim()
  .min(1, 'must say why')
  .max(500, 'must be at most 500 characters');

export const createOverrideBody = z.strictObject({
  role,
  start: isoInstant,
  end: isoInstant,
  user: z.string().min(1).max(253),
  reason,
});

export const createSwapBody = z.strictObject({
  role,
  firstShiftStart: isoInstant,
  secondShiftStart: isoInstant,
  reason,
});

export const cancelOverrideBody = z.strictObject({ reason });

const DAY_MS = 86_400_000;

/**
 * [from, to) from a range query: missing ends are filled in from `defaults`
 * (days from now), and the range must run forward and last at most
 * `maxDays`.
 */
export function resolveRange(
  query: { from?: string; to?: string },
  options: {
    now: Date;
    defaultDays: number;
    backwards?: boolean;
    maxDays: number;
  },
): { from: string; to: string } {
  const { now, defaultDays, backwards, maxDays } = options;
  const span = defaultDays * DAY_MS;
  let from = query.from ? Date.parse(query.from) : undefined;
  let to = query.to ? Date.parse(query.to) : undefined;
  if (from === undefined && to === undefined) {
    [from, to] = backwards
      ? [now.getTime() - span, now.getTime()]
      : [now.getTime(), now.getTime() + span];
  }
  from ??= to! - span;
  to ??= from + span;
  if (to <= from) {
    throw new InputError('Invalid range: to must come after from');
  }
  if (to - from > maxDays * DAY_MS) {
    throw new InputError(`Invalid range: at most ${maxDays} days at once`);
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
