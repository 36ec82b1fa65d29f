import { z } from 'zod';
import {
  descriptionSchema,
  dnsName,
  metadataSchema,
  refOrInline,
} from './metadataSchema';
import { durationToSeconds } from './durations';

/**
 * OpenSLO v1 AlertCondition and AlertPolicy, limited to what maps onto the
 * portal's multiwindow burn-rate alerts: a `burnrate` condition whose burn
 * rate rises to `threshold` over `lookbackWindow` (the long window; the short
 * one is a twelfth of it), held for `alertAfter` (the rule's `for:`). The
 * messages say what does not map and why.
 */

/** Shorter windows hold too few scrapes for `rate()` to be steady. */
const MIN_LOOKBACK_SECONDS = 300;

const fixedDuration = (what: string) =>
  z.string().refine(d => durationToSeconds(d) !== undefined, {
    message: `${what} must be a fixed duration such as 5m, 1h or 3d (no M, Q or Y)`,
  });

const burnRateCondition = z
  .strictObject({
    kind: z
      .string()
      .optional()
      .refine(kind => kind === undefined || kind.toLowerCase() === 'burnrate', {
        message:
          'only burnrate conditions map onto the generated multiwindow burn-rate alerts',
      }),
    op: z.enum(['lte', 'gte', 'lt', 'gt']).refine(op => op.startsWith('g'), {
      message:
        'a burn-rate alert fires when the burn rate rises to its threshold: op must be gte or gt (lte and lt would alert while the budget is safe)',
    }),
    threshold: z.number().positive('must be a burn rate above 0, such as 14.4'),
    lookbackWindow: fixedDuration('lookbackWindow').refine(
      d => (durationToSeconds(d) ?? 0) >= MIN_LOOKBACK_SECONDS,
      { message: 'must be at least 5m: shorter windows hold too few scrapes' },
    ),
    alertAfter: z
      .string()
      .refine(d => /^0[smhdw]$/.test(d) || durationToSeconds(d) !== undefined, {
        message: 'alertAfter must be a fixed duration such as 0m, 5m or 1h',
      })
      .optional(),
  })
  .transform(({ kind, op, ...condition }) => ({
    kind: 'burnrate' as const,
    op: op as 'gte' | 'gt',
    ...condition,
  }));

const alertConditionSpec = z.strictObject({
  description: descriptionSchema.optional(),
  severity: z.string().refine(s => s === 'page' || s === 'ticket', {
    message:
      'must be page or ticket: the generated alerts carry these two severities, which Alertmanager routes on',
  }),
  condition: burnRateCondition,
});

export const alertConditionDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('AlertCondition'),
  metadata: metadataSchema,
  spec: alertConditionSpec,
});

const inlineCondition = z.strictObject({
  kind: z.literal('AlertCondition'),
  metadata: metadataSchema,
  spec: alertConditionSpec,
});

/**
 * Where a notification goes. The portal does not deliver notifications:
 * Alertmanager does, routing on the alert labels, so a target is read for
 * its name only, which the generated alerts carry as `notification_targets`.
 */
const notificationTargetSpec = z.strictObject({
  description: descriptionSchema.optional(),
  target: z.string().max(200),
});

export const alertNotificationTargetDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('AlertNotificationTarget'),
  metadata: metadataSchema,
  spec: notificationTargetSpec,
});

/** A target named by `targetRef`, or written inline: either way, its name. */
const notificationTarget = refOrInline(
  'targetRef',
  z.strictObject({ targetRef: dnsName }),
  z
    .strictObject({
      kind: z.literal('AlertNotificationTarget'),
      metadata: metadataSchema,
      spec: notificationTargetSpec,
    })
    .transform(inline => ({ targetRef: inline.metadata.name })),
);

const alertPolicySpec = z.strictObject({
  description: descriptionSchema.optional(),
  alertWhenBreaching: z
    .boolean()
    .refine(v => v, {
      message:
        'a policy that does not alert when breaching generates no alert; remove it from alertPolicies instead',
    })
    .optional(),
  alertWhenResolved: z
    .boolean()
    .refine(v => !v, {
      message:
        'resolved notifications are sent by Alertmanager (send_resolved), not by alert rules; set it to false',
    })
    .optional(),
  alertWhenNoData: z
    .boolean()
    .refine(v => !v, {
      message:
        'the generated burn-rate alerts do not fire on missing data; set it to false',
    })
    .optional(),
  conditions: z
    .array(
      refOrInline(
        'conditionRef',
        z.strictObject({ conditionRef: dnsName }),
        inlineCondition,
      ),
    )
    .length(1, 'must hold exactly one condition, as OpenSLO v1 allows'),
  notificationTargets: z.array(notificationTarget).optional(),
});

export const alertPolicyDocumentSchema = z.strictObject({
  apiVersion: z.literal('openslo/v1'),
  kind: z.literal('AlertPolicy'),
  metadata: metadataSchema,
  spec: alertPolicySpec,
});

/** An SLO's `alertPolicies` entry: a reference, or the policy inline. */
export const sloAlertPolicyEntry = refOrInline(
  'alertPolicyRef',
  z.strictObject({ alertPolicyRef: dnsName }),
  z.strictObject({
    kind: z.literal('AlertPolicy'),
    metadata: metadataSchema,
    spec: alertPolicySpec,
  }),
);

export type OpenSloAlertCondition = z.infer<
  typeof alertConditionDocumentSchema
>;
export type OpenSloAlertPolicy = z.infer<typeof alertPolicyDocumentSchema>;
export type OpenSloAlertNotificationTarget = z.infer<
  typeof alertNotificationTargetDocumentSchema
>;
export type OpenSloInlineAlertCondition = z.infer<typeof inlineCondition>;
export type OpenSloBurnRateCondition = OpenSloInlineAlertCondition['spec'];
