import type {
  Combination,
  ProtectionRule,
  ProtectionSource,
  RuleSettings,
} from './combineProtection';

/** What one repository must enforce on its default branch. */
export interface ProtectionRequirement {
  requiredReviews: number;
  /** The tier the number comes from, to name it. */
  tier?: string;
}

export const reviewsText = (count: number) =>
  `${count} approving review${count === 1 ? '' : 's'}`;

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const labels = (sources: readonly ProtectionSource[]) =>
  listed(sources.map(source => source.label));

/** A rule of the check the branch does not meet, in words. */
export function unmetText(
  rule: ProtectionRule,
  everyone: RuleSettings,
  { requiredReviews, tier }: ProtectionRequirement,
): string {
  const needed = `${requiredReviews} required${tier ? ` for ${tier}` : ''}`;
  switch (rule) {
    case 'reviews':
      return everyone.approvingReviews === undefined
        ? `pull requests need no review (${needed})`
        : `pull requests need ${reviewsText(
            everyone.approvingReviews,
          )} (${needed})`;
    case 'stale-reviews':
      return 'approvals are kept when new commits are pushed (stale reviews not dismissed)';
    case 'force-pushes':
      return 'force pushes are allowed';
    default:
      return 'the branch may be deleted';
  }
}

/** Administrators escaping rules, in words: `administrators are exempt from the rules (...)`. */
export function adminsExemptText(by: readonly ProtectionSource[]): string {
  const whys = by.flatMap(source =>
    source.administrators.state === 'exempt' ? [source.administrators.why] : [],
  );
  return `administrators are exempt from the rules (${whys.join('; ')})`;
}

/** Why whether administrators are bound is not known. */
export function adminsUnknownText(by: readonly ProtectionSource[]): string {
  const whys = by.flatMap(source =>
    source.administrators.state === 'unknown'
      ? [source.administrators.why]
      : [],
  );
  return `whether administrators are bound is not known: ${whys.join('; ')}`;
}

/** ` by ruleset 'x' (...)`, when more than one source protects the branch. */
function providedBy(
  sources: readonly ProtectionSource[],
  providers: readonly ProtectionSource[],
): string {
  return sources.length > 1 && providers.length > 0
    ? ` by ${labels(providers)}`
    : '';
}

/** What a branch that meets the check enforces, and which source enforces it. */
export function keptText(
  sources: readonly ProtectionSource[],
  { everyone }: Combination,
  requirement: ProtectionRequirement,
): string {
  const { requiredReviews, tier } = requirement;
  const count = everyone.approvingReviews;
  const kept = [
    count === undefined
      ? 'no review required (none needed)'
      : `${reviewsText(count)} required (${requiredReviews} needed${
          tier ? ` for ${tier}` : ''
        })${providedBy(
          sources,
          sources.filter(source => source.approvingReviews === count),
        )}`,
  ];
  if (count !== undefined && everyone.dismissStaleReviews) {
    kept.push(
      `stale approvals dismissed${providedBy(
        sources,
        sources.filter(
          source =>
            source.approvingReviews !== undefined && source.dismissStaleReviews,
        ),
      )}`,
    );
  }
  kept.push('administrators bound');
  const forcePushes = sources.filter(source => source.blocksForcePushes);
  const deletions = sources.filter(source => source.blocksDeletions);
  if (labels(forcePushes) === labels(deletions)) {
    kept.push(
      `force pushes and deletion refused${providedBy(sources, forcePushes)}`,
    );
  } else {
    kept.push(
      `force pushes refused${providedBy(sources, forcePushes)}`,
      `deletion refused${providedBy(sources, deletions)}`,
    );
  }
  return kept.join(', ');
}

/** `branch protection and ruleset 'x' of organisation localplus`. */
export function sourcesText(sources: readonly ProtectionSource[]): string {
  return labels(sources);
}
