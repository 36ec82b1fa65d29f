import type {
  ControlEvidence,
  JsonValue,
} from '@localplus/plugin-compliance-common';
import { z } from 'zod';

export const POLICY_CHECK = 'access.policy';
export const ADMINS_CHECK = 'access.admins';
export const AUDIT_TRAIL_CHECK = 'access.audit-trail';

const HOURS_IN_366_DAYS = 366 * 24;

const paramsSchemas = {
  [POLICY_CHECK]: z.strictObject({}),
  [ADMINS_CHECK]: z.strictObject({
    maxAdmins: z
      .number({ error: 'must be a number of people' })
      .int('must be a whole number')
      .min(0, 'must be at least 0')
      .max(1000, 'must be at most 1000')
      .default(5),
  }),
  [AUDIT_TRAIL_CHECK]: z.strictObject({
    maxSilenceHours: z
      .number({ error: 'must be a number of hours' })
      .positive('must be more than 0')
      .max(HOURS_IN_366_DAYS, `must be at most ${HOURS_IN_366_DAYS} (366 days)`)
      .default(24),
  }),
};

export type AdminsParams = z.infer<(typeof paramsSchemas)[typeof ADMINS_CHECK]>;
export type AuditTrailParams = z.infer<
  (typeof paramsSchemas)[typeof AUDIT_TRAIL_CHECK]
>;

/** One check to make with one parameter set, or why it cannot be made. */
export type AccessCheckPlan =
  | { check: typeof POLICY_CHECK; params: Record<string, never> }
  | { check: typeof ADMINS_CHECK; params: AdminsParams }
  | { check: typeof AUDIT_TRAIL_CHECK; params: AuditTrailParams }
  | { check: keyof typeof paramsSchemas; problem: string };

function isAccessCheck(check: string): check is keyof typeof paramsSchemas {
  return Object.hasOwn(paramsSchemas, check);
}

function describe(error: z.ZodError): string {
  return error.issues
    .map(issue => {
      if (issue.code === 'unrecognized_keys') {
        return `unknown ${issue.keys.join(', ')}`;
      }
      const at = issue.path.join('.');
      return at ? `${at}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Parameters as text that is the same for the same values in any key order. */
function stableKey(value: JsonValue | object): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableKey).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(
        key =>
          `${JSON.stringify(key)}:${stableKey(
            (value as Record<string, JsonValue>)[key],
          )}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The access checks the controls cite, each with its parameters checked and
 * defaults applied, once per distinct parameter set. Checks of other
 * collectors are left out.
 */
export function planAccessChecks(
  requested: readonly ControlEvidence[],
): AccessCheckPlan[] {
  const plans = new Map<string, AccessCheckPlan>();
  for (const { check, params } of requested) {
    if (!isAccessCheck(check)) {
      continue;
    }
    const parsed = paramsSchemas[check].safeParse(params ?? {});
    const plan = (
      parsed.success
        ? { check, params: parsed.data }
        : {
            check,
            problem: `Invalid params of ${check}: ${describe(parsed.error)}`,
          }
    ) as AccessCheckPlan;
    plans.set(`${check} ${stableKey(plan)}`, plan);
  }
  return [...plans.values()];
}
