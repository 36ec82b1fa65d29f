import { z } from 'zod';
import {
  OpenSloAlertCondition,
  OpenSloAlertNotificationTarget,
  OpenSloAlertPolicy,
  sloAlertPolicyEntry,
} from './alertSchema';
import { durationToSeconds } from './durations';
import { OpenSloDataSource } from './dataSourceSchema';
import {
  indicatorSchema,
  OpenSloSli,
  writtenIndicatorSchema,
  WrittenSli,
} from './indicatorSchema';
import { descriptionSchema, dnsName, metadataSchema } from './metadataSchema';
import { timeWindowSchema } from './timeWindowSchema';

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

const notComposite = z
  .never({
    error:
      'composite SLOs (an indicator per objective) are not supported: write one SLO per indicator',
  })
  .optional();

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
  // Composite SLOs give each objective its own indicator.
  indicator: notComposite,
  indicatorRef: notComposite,
  compositeWeight: notComposite,
});

const sloHeader = {
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('SLO'),
  metadata: metadataSchema,
};

const sloSubject = {
  description: descriptionSchema.optional(),
  service: dnsName,
};

/** OpenSLO v1's budgeting methods, all of which the portal measures. */
const BUDGETING_METHODS = [
  'Occurrences',
  'Timeslices',
  'RatioTimeslices',
] as const;

const sloTerms = {
  timeWindow: z
    .array(timeWindowSchema, {
      error: issue =>
        issue.input === undefined
          ? 'is required: the portal budgets over one window, e.g. - duration: 30d with isRolling: true'
          : undefined,
    })
    .length(1, 'must hold exactly one time window'),
  budgetingMethod: z.enum(BUDGETING_METHODS, {
    error: issue =>
      `${
        issue.input === undefined ? 'is required' : 'must be one of'
      }: Occurrences, Timeslices or RatioTimeslices`,
  }),
  objectives: z
    .array(objectiveSchema)
    .min(1, 'must hold at least one objective')
    .max(10, 'must hold at most ten objectives'),
  // The spec's own examples leave the key empty (`alertPolicies:`).
  alertPolicies: z
    .array(sloAlertPolicyEntry)
    .nullish()
    .transform(entries => entries ?? undefined),
};

/** An SLO as the parser returns it: its indicator inline, every metric source typed. */
export const sloDocumentSchema = z
  .strictObject({
    ...sloHeader,
    spec: z.strictObject({
      ...sloSubject,
      indicator: indicatorSchema,
      ...sloTerms,
    }),
  })
  .superRefine((slo, ctx) => checkObjectives(slo.spec, ctx));

/**
 * An SLO as written: its indicator inline, or named by `indicatorRef`. The
 * rules that tie objectives to the indicator wait until `resolveIndicators`
 * has put the indicator inline and checks it again with `sloDocumentSchema`.
 */
export const writtenSloSchema = z
  .strictObject({
    ...sloHeader,
    spec: z
      .strictObject({
        ...sloSubject,
        indicator: writtenIndicatorSchema.optional(),
        indicatorRef: z
          .string({ error: 'must be the name of an SLI document in this file' })
          .pipe(dnsName)
          .optional(),
        ...sloTerms,
      })
      .superRefine((spec, ctx) => {
        if (
          (spec.indicator === undefined) ===
          (spec.indicatorRef === undefined)
        ) {
          ctx.addIssue({
            code: 'custom',
            message: 'exactly one of indicator or indicatorRef is required',
            path: [spec.indicator ? 'indicatorRef' : 'indicator'],
          });
        }
      }),
  })
  .superRefine((slo, ctx) => {
    if (slo.spec.indicator) {
      checkObjectives({ ...slo.spec, indicator: slo.spec.indicator }, ctx);
    }
  });

export const serviceDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('Service'),
  metadata: metadataSchema,
  spec: z
    .strictObject({ description: descriptionSchema.optional() })
    .optional(),
});

export type OpenSloSlo = z.infer<typeof sloDocumentSchema>;
export type WrittenSlo = z.infer<typeof writtenSloSchema>;
export type OpenSloService = z.infer<typeof serviceDocumentSchema>;
/** A document as `parseOpenSloDocuments` returns it, references resolved. */
export type OpenSloDocument =
  | OpenSloSlo
  | OpenSloSli
  | OpenSloService
  | OpenSloDataSource
  | OpenSloAlertPolicy
  | OpenSloAlertCondition
  | OpenSloAlertNotificationTarget;
/** A document checked on its own, before references between documents are resolved. */
export type WrittenOpenSloDocument =
  | WrittenSlo
  | WrittenSli
  | OpenSloService
  | OpenSloDataSource
  | OpenSloAlertPolicy
  | OpenSloAlertCondition
  | OpenSloAlertNotificationTarget;
export type OpenSloObjective = OpenSloSlo['spec']['objectives'][number];

/** Rules that tie objectives to the indicator and the budgeting method. */
function checkObjectives(
  spec: {
    indicator: { spec: { thresholdMetric?: unknown } };
    budgetingMethod: OpenSloSlo['spec']['budgetingMethod'];
    objectives: OpenSloObjective[];
  },
  ctx: z.RefinementCtx,
) {
  const threshold = Boolean(spec.indicator.spec.thresholdMetric);
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
    sliceProblems(spec.budgetingMethod, threshold, objective).forEach(
      ({ field, message }) =>
        ctx.addIssue({ code: 'custom', message, path: at(field) }),
    );
  });
}

/**
 * What each budgeting method asks of an objective's slices: Timeslices
 * counts a slice good when its good share reaches `timeSliceTarget`;
 * RatioTimeslices averages the good share of every slice, so it needs a
 * ratio and no slice target; Occurrences counts events, not slices.
 */
function sliceProblems(
  method: OpenSloSlo['spec']['budgetingMethod'],
  threshold: boolean,
  objective: OpenSloObjective,
): Array<{ field: 'timeSliceTarget' | 'timeSliceWindow'; message: string }> {
  const target = objective.timeSliceTarget !== undefined;
  const window = Boolean(objective.timeSliceWindow);
  if (method === 'Timeslices') {
    return target && window
      ? []
      : [
          {
            field: target ? 'timeSliceWindow' : 'timeSliceTarget',
            message:
              'Timeslices budgeting needs timeSliceTarget and timeSliceWindow',
          },
        ];
  }
  if (method === 'RatioTimeslices') {
    if (threshold) {
      return [
        {
          field: 'timeSliceWindow',
          message:
            'RatioTimeslices averages the good share of each slice, which needs a ratioMetric: use Timeslices for a thresholdMetric',
        },
      ];
    }
    if (target) {
      return [
        {
          field: 'timeSliceTarget',
          message:
            'timeSliceTarget only applies to Timeslices budgeting: under RatioTimeslices each slice counts by its good share',
        },
      ];
    }
    return window
      ? []
      : [
          {
            field: 'timeSliceWindow',
            message: 'RatioTimeslices budgeting needs timeSliceWindow',
          },
        ];
  }
  return target || window
    ? [
        {
          field: target ? 'timeSliceTarget' : 'timeSliceWindow',
          message:
            'timeSliceTarget and timeSliceWindow only apply to Timeslices or RatioTimeslices budgeting',
        },
      ]
    : [];
}
