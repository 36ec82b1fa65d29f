import type {
  JsonValue,
  ObservationResult,
} from '@localplus/plugin-compliance-common';
import type {
  BranchProtectionFacts,
  ProtectionReading,
} from '../github/readBranchProtection';

/** What one repository must enforce on its default branch. */
export interface ProtectionRequirement {
  requiredReviews: number;
  /** The tier the number comes from, to name it. */
  tier?: string;
}

export interface ProtectionVerdict {
  result: ObservationResult;
  summary: string;
  details: { [key: string]: JsonValue };
}

const reviewsText = (count: number) =>
  `${count} approving review${count === 1 ? '' : 's'}`;

/** The rules of the check a protected branch breaks, in words and as keys. */
function gapsOf(
  facts: BranchProtectionFacts,
  requirement: ProtectionRequirement,
): Array<{ key: string; text: string }> {
  const { requiredReviews, tier } = requirement;
  const needed = `${requiredReviews} required${tier ? ` for ${tier}` : ''}`;
  const gaps: Array<{ key: string; text: string }> = [];
  if (requiredReviews > 0 && facts.approvingReviews === undefined) {
    gaps.push({
      key: 'reviews',
      text: `pull requests need no review (${needed})`,
    });
  } else if ((facts.approvingReviews ?? 0) < requiredReviews) {
    gaps.push({
      key: 'reviews',
      text: `pull requests need ${reviewsText(
        facts.approvingReviews ?? 0,
      )} (${needed})`,
    });
  }
  // Without required reviews there is no approval to go stale: the missing
  // reviews say it all.
  if (
    requiredReviews > 0 &&
    facts.approvingReviews !== undefined &&
    !facts.dismissStaleReviews
  ) {
    gaps.push({
      key: 'stale-reviews',
      text: 'approvals are kept when new commits are pushed (stale reviews not dismissed)',
    });
  }
  if (!facts.enforceAdmins) {
    gaps.push({
      key: 'admins',
      text: 'administrators are exempt from the rules',
    });
  }
  if (facts.allowForcePushes) {
    gaps.push({ key: 'force-pushes', text: 'force pushes are allowed' });
  }
  if (facts.allowDeletions) {
    gaps.push({ key: 'deletions', text: 'the branch may be deleted' });
  }
  return gaps;
}

/**
 * The check's rules on what GitHub answered for one repository: the default
 * branch is protected, requires at least the tier's approving reviews,
 * dismisses stale approvals, binds administrators, and refuses force pushes
 * and deletion.
 */
export function evaluateBranchProtection(
  repository: string,
  reading: ProtectionReading,
  requirement: ProtectionRequirement,
): ProtectionVerdict {
  const base = {
    ...(reading.branch && { branch: reading.branch }),
    ...(requirement.tier && { tier: requirement.tier }),
    requiredReviews: requirement.requiredReviews,
  };
  if (reading.state === 'unreadable') {
    const { failure } = reading;
    return {
      result: 'error',
      summary: `Branch protection of ${repository} not read: ${failure.reason}.`,
      details: {
        ...base,
        ...(failure.status !== undefined && { status: failure.status }),
      },
    };
  }
  const { branch } = reading;
  if (reading.state === 'unprotected') {
    return {
      result: 'fail',
      summary: `${branch} of ${repository} is not protected (GitHub: "Branch not protected"); it needs protection with ${reviewsText(
        requirement.requiredReviews,
      )}.`,
      details: { ...base, protected: false },
    };
  }
  const { facts } = reading;
  const gaps = gapsOf(facts, requirement);
  const details = {
    ...base,
    protected: true,
    approvingReviews: facts.approvingReviews ?? null,
    dismissStaleReviews: facts.dismissStaleReviews,
    requireCodeOwnerReviews: facts.requireCodeOwnerReviews,
    enforceAdmins: facts.enforceAdmins,
    allowForcePushes: facts.allowForcePushes,
    allowDeletions: facts.allowDeletions,
    missing: gaps.map(gap => gap.key),
  };
  if (gaps.length > 0) {
    return {
      result: 'fail',
      summary: `${branch} of ${repository} is protected, but ${gaps
        .map(gap => gap.text)
        .join('; ')}.`,
      details,
    };
  }
  const kept = [
    facts.approvingReviews === undefined
      ? 'no review required (none needed)'
      : `${reviewsText(facts.approvingReviews)} required (${
          requirement.requiredReviews
        } needed${requirement.tier ? ` for ${requirement.tier}` : ''})`,
    ...(facts.dismissStaleReviews ? ['stale approvals dismissed'] : []),
    'administrators bound',
    'force pushes and deletion refused',
  ];
  return {
    result: 'pass',
    summary: `${branch} of ${repository} is protected: ${kept.join(', ')}.`,
    details,
  };
}
