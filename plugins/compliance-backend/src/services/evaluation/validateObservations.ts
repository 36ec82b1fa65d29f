import {
  checkIdPattern,
  Observation,
} from '@localplus/plugin-compliance-common';
import { canonicalJson } from '@localplus/plugin-compliance-node';
import { z } from 'zod';
import { formatIssuePath } from '../controls/parseControlFile';

/** Bytes of `details` (as canonical JSON) an observation may carry. */
export const MAX_DETAILS_BYTES = 16 * 1024;
/** Observations one collector may return in one run. */
export const MAX_OBSERVATIONS_PER_COLLECTOR = 50_000;
/** How far ahead of the run a collector's clock may be. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const text = (max: number) => z.string().trim().min(1).max(max);
// No control characters: subjects and refs are shown and filtered on.
const hasControlCharacter = (value: string) =>
  [...value].some(character => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
const identifier = (max: number) =>
  text(max).refine(value => !hasControlCharacter(value), {
    message: 'must not hold control characters',
  });

const entityRef = z
  .string()
  .max(512)
  .regex(
    /^[a-z0-9-]+:[a-z0-9._-]+\/[a-z0-9._-]+$/i,
    'must be a full entity ref like component:default/svc-ledger',
  )
  .transform(ref => ref.toLocaleLowerCase('en-US'));

const details = z
  .record(z.string().max(100), z.json())
  .superRefine((value, ctx) => {
    let size: number;
    try {
      size = Buffer.byteLength(canonicalJson(value), 'utf8');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return;
    }
    if (size > MAX_DETAILS_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${size} bytes as JSON; at most ${MAX_DETAILS_BYTES}`,
      });
    }
  });

/** A collected observation as the backend accepts it (unknown keys dropped). */
const collectedObservationSchema = z.object({
  check: z.string().regex(checkIdPattern, 'must be <collector>.<check>'),
  subject: identifier(512),
  entityRef: entityRef.optional(),
  result: z.enum(['pass', 'fail', 'not-applicable', 'error']),
  summary: text(1000),
  method: z.enum(['examine', 'interview', 'test']),
  examined: z
    .array(
      z.object({
        type: identifier(100),
        ref: identifier(1000),
        href: z.string().max(2000).optional(),
      }),
    )
    .max(200),
  observedAt: z.iso.datetime({ offset: true }).optional(),
  details: details.optional(),
});

/** An observation that could not be accepted, and what can be said of it. */
export interface RejectedObservation {
  /** The check it claimed, when that is one of the collector's checks. */
  check?: string;
  /** The subject it claimed, when that is a valid subject. */
  subject?: string;
  problem: string;
}

/**
 * Checks a collector's observations: shapes, sizes, enum values, that each
 * is for one of the collector's own checks and was made during the run.
 * Accepted ones are returned complete (collector id, instant normalised to
 * UTC, entity ref lower-cased); the others are described so the engine can
 * record an `error` in their place.
 */
export function validateObservations(
  collector: { id: string; checks: Array<{ id: string }> },
  collected: unknown,
  run: { now: Date; windowFrom: Date },
): { accepted: Observation[]; rejected: RejectedObservation[] } {
  if (!Array.isArray(collected)) {
    throw new Error(
      `returned ${
        collected === null ? 'null' : typeof collected
      } instead of a list of observations`,
    );
  }
  if (collected.length > MAX_OBSERVATIONS_PER_COLLECTOR) {
    throw new Error(
      `returned ${collected.length} observations; at most ${MAX_OBSERVATIONS_PER_COLLECTOR} are accepted in one run`,
    );
  }
  const ownChecks = new Set(
    collector.checks.map(c => `${collector.id}.${c.id}`),
  );
  const accepted: Observation[] = [];
  const rejected: RejectedObservation[] = [];

  collected.forEach((raw, index) => {
    const claimed = claimedIdentity(raw, ownChecks);
    const parsed = collectedObservationSchema.safeParse(raw);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const where = formatIssuePath(issue.path);
      rejected.push({
        ...claimed,
        problem: `observation ${index}${where ? ` ${where}` : ''}: ${
          issue.message
        }`,
      });
      return;
    }
    const observation = parsed.data;
    if (!ownChecks.has(observation.check)) {
      rejected.push({
        problem: `observation ${index} is for check ${observation.check}, which the ${collector.id} collector does not declare`,
      });
      return;
    }
    const observedAt = observation.observedAt
      ? new Date(observation.observedAt)
      : run.now;
    if (
      observedAt.getTime() > run.now.getTime() + CLOCK_SKEW_MS ||
      observedAt.getTime() < run.windowFrom.getTime()
    ) {
      rejected.push({
        ...claimed,
        problem: `observation ${index} observedAt ${observation.observedAt} is outside the run's window`,
      });
      return;
    }
    accepted.push({
      ...observation,
      collector: collector.id,
      observedAt: observedAt.toISOString(),
    });
  });
  return { accepted, rejected };
}

/** The check and subject an invalid observation claims, where they can be trusted. */
function claimedIdentity(
  raw: unknown,
  ownChecks: Set<string>,
): { check?: string; subject?: string } {
  if (typeof raw !== 'object' || raw === null) return {};
  const { check, subject } = raw as { check?: unknown; subject?: unknown };
  const validCheck =
    typeof check === 'string' && ownChecks.has(check) ? check : undefined;
  const validSubject = identifier(512).safeParse(subject);
  return {
    ...(validCheck ? { check: validCheck } : {}),
    ...(validCheck && validSubject.success
      ? { subject: validSubject.data }
      : {}),
  };
}
