import { z } from 'zod';
import {
  OpenSloAlertCondition,
  OpenSloAlertPolicy,
  sloAlertPolicyEntry,
} from './alertSchema';
import { isIanaTimeZone, isRealStartTime } from './calendarPeriod';
import {
  durationToSeconds,
  MAX_ROLLING_WINDOW_SECONDS,
  MIN_ROLLING_WINDOW_SECONDS,
} from './durations';
import { descriptionSchema, dnsName, metadataSchema } from './metadataSchema';
import { findPromqlProblem, WINDOW_PLACEHOLDER } from './promqlSafety';

const promqlQuery = (needsWindow: boolean) =>
  z.string().superRefine((query, ctx) => {
    const problem = findPromqlProblem(query);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
    } else if (needsWindow && !query.includes(WINDOW_PLACEHOLDER)) {
      ctx.addIssue({
        code: 'custom',
        message: `must contain ${WINDOW_PLACEHOLDER} where the range goes, e.g. rate(x[${WINDOW_PLACEHOLDER}])`,
      });
    }
  });

const metricSource = (needsWindow: boolean) =>
  z.strictObject({
    metricSourceRef: z.string().optional(),
    type: z.string().refine(type => type.toLowerCase() === 'prometheus', {
      message: 'only Prometheus metric sources are supported',
    }),
    spec: z.strictObject({ query: promqlQuery(needsWindow) }),
  });

const ratioPart = z.strictObject({ metricSource: metricSource(true) });

const ratioMetricSchema = z
  .strictObject({
    counter: z.boolean().optional(),
    good: ratioPart.optional(),
    bad: ratioPart.optional(),
    total: ratioPart,
  })
  .superRefine((ratio, ctx) => {
    if (Boolean(ratio.good) === Boolean(ratio.bad)) {
      ctx.addIssue({
        code: 'custom',
        message: 'exactly one of good or bad is required',
        path: ['good'],
      });
    }
  });

const indicatorSchema = z.strictObject({
  metadata: metadataSchema,
  spec: z
    .strictObject({
      description: descriptionSchema.optional(),
      ratioMetric: ratioMetricSchema.optional(),
      thresholdMetric: z
        .strictObject({ metricSource: metricSource(false) })
        .optional(),
    })
    .superRefine((spec, ctx) => {
      if (Boolean(spec.ratioMetric) === Boolean(spec.thresholdMetric)) {
        ctx.addIssue({
          code: 'custom',
          message: 'exactly one of ratioMetric or thresholdMetric is required',
        });
      }
    }),
});

const calendarSchema = z.strictObject({
  startTime: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/,
      'must look like "2024-01-01 00:00:00" (YYYY-MM-DD HH:mm:ss, no time zone)',
    )
    .refine(isRealStartTime, {
      message: 'must be a real date and time (no 2025-02-30, no 24:00:00)',
    }),
  timeZone: z.string().refine(isIanaTimeZone, {
    message: 'must be an IANA time zone such as Europe/Paris',
  }),
});

const timeWindowSchema = z
  .strictObject({
    duration: z.string(),
    isRolling: z.boolean().optional(),
    calendar: calendarSchema.optional(),
  })
  .superRefine((window, ctx) => {
    // OpenSLO: "if omitted assumed false if calendar: is present".
    const rolling = window.isRolling ?? !window.calendar;
    if (rolling) {
      const seconds = durationToSeconds(window.duration);
      if (
        seconds === undefined ||
        seconds % 86400 !== 0 ||
        seconds < MIN_ROLLING_WINDOW_SECONDS ||
        seconds > MAX_ROLLING_WINDOW_SECONDS
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'a rolling window must be whole days between 1d and 90d',
          path: ['duration'],
        });
      }
      if (window.calendar) {
        ctx.addIssue({
          code: 'custom',
          message: 'a rolling window takes no calendar',
          path: ['calendar'],
        });
      }
      return;
    }
    if (window.duration !== '1M') {
      ctx.addIssue({
        code: 'custom',
        message:
          'only calendar months ("1M") are supported for calendar windows',
        path: ['duration'],
      });
    }
    if (!window.calendar) {
      ctx.addIssue({
        code: 'custom',
        message:
          'a calendar window needs calendar.startTime and calendar.timeZone',
        path: ['calendar'],
      });
    }
  })
  .transform(window => ({
    ...window,
    isRolling: window.isRolling ?? !window.calendar,
  }));

/** A time slice: a duration such as `5m`, or a number of minutes (OpenSLO's default unit). */
const timeSliceWindowSchema = z
  .union([
    z
      .number()
      .int('must be whole minutes, or a duration such as 30s')
      .positive('must be at least one minute')
      .transform(minutes => `${minutes}m`),
    z.string(),
  ])
  .pipe(
    z.string().refine(w => (durationToSeconds(w) ?? Infinity) <= 3600, {
      message:
        'must be a duration such as 1m or 5m (or minutes: 5), at most 1h',
    }),
  );

const fraction = z
  .number()
  .gt(0, 'must be between 0 and 1')
  .lt(1, 'must be between 0 and 1');

const objectiveSchema = z.strictObject({
  displayName: z.string().max(200).optional(),
  op: z.enum(['lt', 'lte', 'gt', 'gte']).optional(),
  value: z.number().optional(),
  target: fraction.optional(),
  targetPercent: z
    .number()
    .gt(0, 'must be between 0 and 100')
    .lt(100, 'must be between 0 and 100')
    .optional(),
  timeSliceTarget: z
    .number()
    .gt(0, 'must be in (0, 1]')
    .lte(1, 'must be in (0, 1]')
    .optional(),
  timeSliceWindow: timeSliceWindowSchema.optional(),
});

export const sloDocumentSchema = z
  .strictObject({
    apiVersion: z.literal('openslo/v1'),
    kind: z.literal('SLO'),
    metadata: metadataSchema,
    spec: z.strictObject({
      description: descriptionSchema.optional(),
      service: dnsName,
      indicator: indicatorSchema,
      timeWindow: z
        .array(timeWindowSchema)
        .length(1, 'must hold exactly one time window'),
      budgetingMethod: z.enum(['Occurrences', 'Timeslices']),
      objectives: z
        .array(objectiveSchema)
        .min(1, 'must hold at least one objective')
        .max(10, 'must hold at most ten objectives'),
      // The spec's own examples leave the key empty (`alertPolicies:`).
      alertPolicies: z
        .array(sloAlertPolicyEntry)
        .nullish()
        .transform(entries => entries ?? undefined),
    }),
  })
  .superRefine((slo, ctx) => checkObjectives(slo.spec, ctx));

export const serviceDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('Service'),
  metadata: metadataSchema,
  spec: z
    .strictObject({ description: descriptionSchema.optional() })
    .optional(),
});

export type OpenSloSlo = z.infer<typeof sloDocumentSchema>;
export type OpenSloService = z.infer<typeof serviceDocumentSchema>;
export type OpenSloDocument =
  | OpenSloSlo
  | OpenSloService
  | OpenSloAlertPolicy
  | OpenSloAlertCondition;
export type OpenSloObjective = OpenSloSlo['spec']['objectives'][number];

/** Rules that tie objectives to the indicator and the budgeting method. */
function checkObjectives(spec: OpenSloSlo['spec'], ctx: z.RefinementCtx) {
  const threshold = Boolean(spec.indicator.spec.thresholdMetric);
  const timeslices = spec.budgetingMethod === 'Timeslices';
  spec.objectives.forEach((objective, index) => {
    const at = (field: string) => ['spec', 'objectives', index, field];
    if (
      (objective.target === undefined) ===
      (objective.targetPercent === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'exactly one of target or targetPercent is required',
        path: at('target'),
      });
    }
    if (
      threshold &&
      (objective.op === undefined || objective.value === undefined)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'a thresholdMetric objective needs op and value',
        path: at(objective.op === undefined ? 'op' : 'value'),
      });
    }
    if (!threshold && objective.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'value only applies to a thresholdMetric',
        path: at('value'),
      });
    }
    // The portal measures a ratio as "good share at least the target"; gt
    // differs only at exact equality. lte/lt would ask for errors.
    if (!threshold && (objective.op === 'lte' || objective.op === 'lt')) {
      ctx.addIssue({
        code: 'custom',
        message: `a ratio objective is met when the good share reaches its target: op must be gte or gt, not ${objective.op}`,
        path: at('op'),
      });
    }
    const hasSlices =
      objective.timeSliceTarget !== undefined ||
      objective.timeSliceWindow !== undefined;
    if (
      timeslices &&
      (objective.timeSliceTarget === undefined || !objective.timeSliceWindow)
    ) {
      ctx.addIssue({
        code: 'custom',
        message:
          'Timeslices budgeting needs timeSliceTarget and timeSliceWindow',
        path: at(
          objective.timeSliceTarget === undefined
            ? 'timeSliceTarget'
            : 'timeSliceWindow',
        ),
      });
    }
    if (!timeslices && hasSlices) {
      ctx.addIssue({
        code: 'custom',
        message:
          'timeSliceTarget and timeSliceWindow only apply to Timeslices budgeting',
        path: at(
          objective.timeSliceTarget !== undefined
            ? 'timeSliceTarget'
            : 'timeSliceWindow',
        ),
      });
    }
  });
}
