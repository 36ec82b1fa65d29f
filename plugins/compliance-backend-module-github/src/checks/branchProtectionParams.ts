import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import { z } from 'zod';

export const BRANCH_PROTECTION_CHECK = 'github.branch-protection';

export const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'] as const;

// GitHub's own range for required approving reviews.
const reviews = z
  .number({ error: 'must be a number of reviews' })
  .int('must be a whole number')
  .min(0, 'must be at least 0')
  .max(6, 'must be at most 6 (GitHub requires at most 6 approving reviews)');

/** Defaults: the tier model (T0 and T1 changes need two approvers). */
const paramsSchema = z.strictObject({
  minReviews: reviews.default(1),
  minReviewsByTier: z
    .partialRecord(z.enum(TIERS, { error: 'must be a tier T0 to T5' }), reviews)
    .default({ T0: 2, T1: 2 }),
});

/** The parameters of `github.branch-protection`, defaults applied. */
export type BranchProtectionParams = z.infer<typeof paramsSchema>;

/** One set of parameters to check the repositories against, or why it cannot be used. */
export type ParamsPlan =
  | { params: BranchProtectionParams }
  | { problem: string };

function describe(error: z.ZodError): string {
  return error.issues
    .map(issue => {
      const at = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        return `unknown ${issue.keys.join(', ')}`;
      }
      return at ? `${at}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** The same for two plans that check alike, whatever order keys were written in. */
function planKey(plan: ParamsPlan): string {
  if ('problem' in plan) {
    return plan.problem;
  }
  const { minReviews, minReviewsByTier } = plan.params;
  return [minReviews, ...TIERS.map(tier => minReviewsByTier[tier])].join(',');
}

/**
 * The distinct parameter sets the controls ask this check with (two controls
 * citing it alike are one set): each becomes one observation per repository.
 */
export function planBranchProtectionParams(
  requested: readonly ControlEvidence[],
): ParamsPlan[] {
  const seen = new Set<string>();
  const plans: ParamsPlan[] = [];
  for (const evidence of requested) {
    if (evidence.check !== BRANCH_PROTECTION_CHECK) {
      continue;
    }
    const parsed = paramsSchema.safeParse(evidence.params ?? {});
    const plan: ParamsPlan = parsed.success
      ? { params: parsed.data }
      : {
          problem: `Invalid params of ${BRANCH_PROTECTION_CHECK}: ${describe(
            parsed.error,
          )}`,
        };
    const key = planKey(plan);
    if (!seen.has(key)) {
      seen.add(key);
      plans.push(plan);
    }
  }
  return plans;
}

/** Approving reviews a repository of this tier must require. */
export function requiredReviews(
  params: BranchProtectionParams,
  tier: string | undefined,
): number {
  const byTier = tier
    ? params.minReviewsByTier[tier as (typeof TIERS)[number]]
    : undefined;
  return byTier ?? params.minReviews;
}
