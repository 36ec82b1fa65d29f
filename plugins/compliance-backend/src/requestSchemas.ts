import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  checkIdPattern,
  CompliancePeriod,
} from '@localplus/plugin-compliance-common';
import { z } from 'zod';
import {
  completePeriod,
  DEFAULT_PERIOD_DAYS,
  periodProblem,
  readPeriodBound,
  toCompliancePeriod,
} from './period';

/** Limits of the list routes; larger numbers are refused rather than clamped. */
export const MAX_OBSERVATIONS_PAGE = 500;
export const DEFAULT_OBSERVATIONS_PAGE = 100;
export const MAX_OFFSET = 1_000_000;
export const MAX_RUNS_PAGE = 200;
export const DEFAULT_RUNS_PAGE = 20;

/** Bounds of an exemption request, as the issue sets them. */
export const MAX_SUBJECT_LENGTH = 500;
export const MIN_JUSTIFICATION_LENGTH = 20;
export const MAX_JUSTIFICATION_LENGTH = 4000;
export const MAX_COMMENT_LENGTH = 2000;

export interface RequestSchemaSettings {
  /** `compliance.maxPeriodDays`: the longest period a route answers for. */
  maxPeriodDays: number;
  /** `compliance.maxExemptionDays`: the furthest expiry an exemption may ask for. */
  maxExemptionDays: number;
  now: () => Date;
  isKnownControl: (id: string) => boolean;
  isKnownFramework: (id: string) => boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** No control characters: every text parameter but the justification is one line. */
const hasNoControlCharacters = (value: string, allowNewLines = false) =>
  [...value].every(character => {
    const code = character.charCodeAt(0);
    if (allowNewLines && (character === '\n' || character === '\r')) {
      return true;
    }
    return code >= 0x20 && code !== 0x7f;
  });

const oneLine = (max: number) =>
  z
    .string('must be text')
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoControlCharacters, 'must not contain control characters');

const NAME_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
const CONTROL_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `component:default/svc-ledger`, lower-cased as the store keeps refs. */
export const entityRefSchema = z
  .string('must be an entity ref')
  .max(800, 'must be at most 800 characters')
  .transform((value, context) => {
    const match = /^([^:/]+):([^:/]+)\/([^:/]+)$/.exec(value);
    if (!match || !match.slice(1).every(part => NAME_PART.test(part))) {
      context.addIssue({
        code: 'custom',
        message: 'must be an entity ref like component:default/svc-ledger',
      });
      return z.NEVER;
    }
    const [, kind, namespace, name] = match;
    return stringifyEntityRef({ kind, namespace, name }).toLocaleLowerCase(
      'en-US',
    );
  });

/** GET /entity/:kind/:namespace/:name */
export const entityParams = z
  .strictObject({
    kind: z.string().regex(NAME_PART, 'must be an entity kind'),
    namespace: z.string().regex(NAME_PART, 'must be a namespace'),
    name: z.string().regex(NAME_PART, 'must be an entity name'),
  })
  .transform(parts => stringifyEntityRef(parts).toLocaleLowerCase('en-US'));

/** A whole number written in decimal, within bounds. */
const wholeNumber = (min: number, max: number) =>
  z
    .string('must be a number')
    .regex(/^\d{1,10}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );

const periodBound = z
  .string('must be a date or an instant')
  .max(40, 'must be a date like 2026-03-01 or an instant with its offset');

/** Routes without parameters: any given is a mistake worth saying. */
export const noQuery = z.strictObject({});

/** POST routes that take no body: `{}` or nothing. */
export const noBody = z.strictObject({}, 'must be empty');

/**
 * GET /controls/:id: the id's shape only. An id of the right shape that no
 * control has is a 404, as any unknown resource in a path.
 */
export const controlParams = z.strictObject({
  id: z
    .string()
    .regex(
      CONTROL_ID,
      'must be a control id (lower-case letters, digits, dashes)',
    ),
});

/**
 * The schemas of every route's query, parameters and body. Those that read
 * a period, a control or an expiry depend on the clock, the configured
 * bounds and the loaded controls, hence a factory.
 */
export function createRequestSchemas(settings: RequestSchemaSettings) {
  const { maxPeriodDays, maxExemptionDays, now } = settings;

  /** Turns `from`/`to` of a query into the period, or issues naming the end at fault. */
  const withPeriod = <T extends { from?: string; to?: string }>(
    query: T,
    context: z.RefinementCtx,
  ): Omit<T, 'from' | 'to'> & { period: CompliancePeriod } => {
    const { from: fromText, to: toText, ...rest } = query;
    const from = fromText ? readPeriodBound(fromText, 'from') : undefined;
    const to = toText ? readPeriodBound(toText, 'to') : undefined;
    const unreadable = [
      ...(fromText !== undefined && !from ? ['from'] : []),
      ...(toText !== undefined && !to ? ['to'] : []),
    ];
    if (unreadable.length > 0) {
      for (const path of unreadable) {
        context.addIssue({
          code: 'custom',
          path: [path],
          message:
            'must be a date like 2026-03-01 or an instant with its offset like 2026-03-01T10:00:00Z',
        });
      }
      return z.NEVER;
    }
    const clock = now();
    const period = completePeriod(
      { from, to },
      clock,
      Math.min(DEFAULT_PERIOD_DAYS, maxPeriodDays),
    );
    const problem = periodProblem(period, clock, maxPeriodDays);
    if (problem) {
      context.addIssue({
        code: 'custom',
        path: [problem.path],
        message: problem.message,
      });
      return z.NEVER;
    }
    return { ...rest, period: toCompliancePeriod(period) };
  };

  const controlId = z
    .string('must be a control id')
    .max(63, 'must be at most 63 characters')
    .refine(settings.isKnownControl, 'is not a known control');

  const frameworkId = z
    .string('must be a framework id')
    .max(63, 'must be at most 63 characters')
    .refine(settings.isKnownFramework, 'is not a known framework');

  const futureInstant = z
    .string('must be an instant like 2026-12-31T00:00:00Z')
    .max(40, 'must be an instant like 2026-12-31T00:00:00Z')
    .transform((value, context) => {
      // A bare date is valid through that day, as an end of a period is.
      const instant = readPeriodBound(value, 'to');
      if (!instant) {
        context.addIssue({
          code: 'custom',
          message: 'must be a date or an instant with its offset',
        });
        return z.NEVER;
      }
      const clock = now().getTime();
      if (instant.getTime() <= clock) {
        context.addIssue({ code: 'custom', message: 'must be in the future' });
        return z.NEVER;
      }
      if (instant.getTime() > clock + maxExemptionDays * DAY_MS) {
        context.addIssue({
          code: 'custom',
          message: `must be at most ${maxExemptionDays} days from now`,
        });
        return z.NEVER;
      }
      return instant.toISOString();
    });

  const exemptionStatus = z.enum(
    ['requested', 'approved', 'rejected'],
    'must be requested, approved or rejected',
  );

  return {
    defaults: {
      observationsPage: DEFAULT_OBSERVATIONS_PAGE,
      runsPage: DEFAULT_RUNS_PAGE,
    },

    /** GET /status */
    statusQuery: z
      .strictObject({
        from: periodBound.optional(),
        to: periodBound.optional(),
        framework: frameworkId.optional(),
      })
      .transform(withPeriod),

    /** Routes reading a period and nothing else: /controls/:id, /entity/..., /export */
    periodQuery: z
      .strictObject({
        from: periodBound.optional(),
        to: periodBound.optional(),
      })
      .transform(withPeriod),

    /** GET /observations */
    observationsQuery: z
      .strictObject({
        control: controlId.optional(),
        check: z
          .string('must be a check id')
          .max(127, 'must be at most 127 characters')
          .regex(
            checkIdPattern,
            'must be <collector>.<check>, e.g. catalog.owner',
          )
          .optional(),
        subject: oneLine(MAX_SUBJECT_LENGTH).optional(),
        entity: entityRefSchema.optional(),
        result: z
          .enum(
            ['pass', 'fail', 'not-applicable', 'error'],
            'must be pass, fail, not-applicable or error',
          )
          .optional(),
        from: periodBound.optional(),
        to: periodBound.optional(),
        limit: wholeNumber(1, MAX_OBSERVATIONS_PAGE).optional(),
        offset: wholeNumber(0, MAX_OFFSET).optional(),
      })
      .transform(withPeriod),

    /** GET /runs */
    runsQuery: z.strictObject({
      limit: wholeNumber(1, MAX_RUNS_PAGE).optional(),
    }),

    /** GET /exemptions */
    exemptionsQuery: z.strictObject({
      status: exemptionStatus.optional(),
      control: controlId.optional(),
      entity: entityRefSchema.optional(),
    }),

    /** POST /exemptions */
    exemptionRequest: z.strictObject(
      {
        controlId,
        subject: oneLine(MAX_SUBJECT_LENGTH),
        justification: z
          .string('must be text')
          .trim()
          .min(
            MIN_JUSTIFICATION_LENGTH,
            `must be at least ${MIN_JUSTIFICATION_LENGTH} characters: say why the control cannot apply`,
          )
          .max(
            MAX_JUSTIFICATION_LENGTH,
            `must be at most ${MAX_JUSTIFICATION_LENGTH} characters`,
          )
          .refine(
            value => hasNoControlCharacters(value, true),
            'must not contain control characters',
          ),
        expiresAt: futureInstant,
      },
      'must be an object',
    ),

    /** POST /exemptions/:id/approve */
    approvalBody: z.strictObject(
      { comment: oneLine(MAX_COMMENT_LENGTH).optional() },
      'must be an object',
    ),

    /** POST /exemptions/:id/reject: a rejection says why. */
    rejectionBody: z.strictObject(
      { comment: oneLine(MAX_COMMENT_LENGTH) },
      'must be an object',
    ),
  };
}

/** POST /exemptions/:id/... */
export const exemptionParams = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, 'must be an exemption id'),
});

export type RequestSchemas = ReturnType<typeof createRequestSchemas>;
