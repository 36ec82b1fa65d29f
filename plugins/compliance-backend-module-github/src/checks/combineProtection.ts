import type { JsonValue } from '@localplus/plugin-compliance-common';

/** What one source (classic protection, one ruleset) enforces of the check's rules. */
export interface RuleSettings {
  /** Approving reviews a pull request needs; absent when it requires no pull request. */
  approvingReviews?: number;
  dismissStaleReviews: boolean;
  requireCodeOwnerReviews: boolean;
  blocksForcePushes: boolean;
  blocksDeletions: boolean;
}

/** Whether a source's rules hold for administrators, and why not. */
export type AdminBinding =
  | { state: 'bound' }
  | { state: 'exempt'; why: string }
  | { state: 'unknown'; why: string };

/** One source of protection of the branch, named for the auditor. */
export interface ProtectionSource extends RuleSettings {
  kind: 'branch-protection' | 'ruleset';
  /** `branch protection`, `ruleset 'main protection' of organisation localplus`. */
  label: string;
  administrators: AdminBinding;
  /** What GitHub said of it, for the observation's details. */
  details: { [key: string]: JsonValue };
}

/** The check's rules, besides administrators being bound by them. */
export type ProtectionRule =
  | 'reviews'
  | 'stale-reviews'
  | 'force-pushes'
  | 'deletions';

export const PROTECTION_RULES: readonly ProtectionRule[] = [
  'reviews',
  'stale-reviews',
  'force-pushes',
  'deletions',
];

/**
 * The rules in force when every source applies, as GitHub layers classic
 * protection and rulesets: the strictest of each rule wins (the most
 * approving reviews; a setting any source turns on is on).
 */
export function strictest(sources: readonly RuleSettings[]): RuleSettings {
  const counts = sources.flatMap(source =>
    source.approvingReviews === undefined ? [] : [source.approvingReviews],
  );
  return {
    ...(counts.length > 0 && { approvingReviews: Math.max(...counts) }),
    dismissStaleReviews: sources.some(source => source.dismissStaleReviews),
    requireCodeOwnerReviews: sources.some(
      source => source.requireCodeOwnerReviews,
    ),
    blocksForcePushes: sources.some(source => source.blocksForcePushes),
    blocksDeletions: sources.some(source => source.blocksDeletions),
  };
}

/**
 * Whether the rules meet one rule of the check. Without required reviews
 * there is no approval to go stale: the missing reviews say it all.
 */
export function meets(
  rule: ProtectionRule,
  rules: RuleSettings,
  requiredReviews: number,
): boolean {
  switch (rule) {
    case 'reviews':
      return (
        requiredReviews === 0 ||
        (rules.approvingReviews ?? -1) >= requiredReviews
      );
    case 'stale-reviews':
      return (
        requiredReviews === 0 ||
        rules.approvingReviews === undefined ||
        rules.dismissStaleReviews
      );
    case 'force-pushes':
      return rules.blocksForcePushes;
    default:
      return rules.blocksDeletions;
  }
}

/** Whether one source on its own enforces the rule (not merely leaves it moot). */
export function enforces(
  rule: ProtectionRule,
  source: RuleSettings,
  requiredReviews: number,
): boolean {
  switch (rule) {
    case 'reviews':
      return (source.approvingReviews ?? -1) >= requiredReviews;
    case 'stale-reviews':
      return (
        source.approvingReviews !== undefined && source.dismissStaleReviews
      );
    default:
      return meets(rule, source, requiredReviews);
  }
}

/** Rules met for everyone that administrators may (or may perhaps) escape. */
export interface AdminEscape {
  rules: ProtectionRule[];
  /** The sources enforcing those rules that let administrators through. */
  by: ProtectionSource[];
}

export interface Combination {
  /** The rules in force for everyone. */
  everyone: RuleSettings;
  /** The check's rules the branch does not meet, whoever pushes. */
  unmet: ProtectionRule[];
  /** Met only through sources that let administrators bypass them. */
  adminsExempt: AdminEscape;
  /** Met through sources whose bypass list could not be read, and no other. */
  adminsUnknown: AdminEscape;
}

function escape(
  rules: ProtectionRule[],
  sources: readonly ProtectionSource[],
  state: AdminBinding['state'],
  requiredReviews: number,
): AdminEscape {
  return {
    rules,
    by: sources.filter(
      source =>
        source.administrators.state === state &&
        rules.some(rule => enforces(rule, source, requiredReviews)),
    ),
  };
}

/**
 * Classic protection and rulesets combined as GitHub applies them: all of
 * them at once, the strictest setting of each rule winning. Administrators
 * are bound by a rule when a source that binds them enforces it: classic
 * protection with `enforce_admins`, or a ruleset whose bypass list names
 * neither the repository admin role nor organisation admins.
 */
export function combineProtection(
  sources: readonly ProtectionSource[],
  requiredReviews: number,
): Combination {
  const binding = (...states: Array<AdminBinding['state']>) =>
    strictest(
      sources.filter(source => states.includes(source.administrators.state)),
    );
  const everyone = strictest(sources);
  const bound = binding('bound');
  const perhapsBound = binding('bound', 'unknown');
  const met = PROTECTION_RULES.filter(rule =>
    meets(rule, everyone, requiredReviews),
  );
  return {
    everyone,
    unmet: PROTECTION_RULES.filter(rule => !met.includes(rule)),
    adminsExempt: escape(
      met.filter(rule => !meets(rule, perhapsBound, requiredReviews)),
      sources,
      'exempt',
      requiredReviews,
    ),
    adminsUnknown: escape(
      met.filter(
        rule =>
          meets(rule, perhapsBound, requiredReviews) &&
          !meets(rule, bound, requiredReviews),
      ),
      sources,
      'unknown',
      requiredReviews,
    ),
  };
}
