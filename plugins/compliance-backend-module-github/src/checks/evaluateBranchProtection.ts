import type {
  JsonValue,
  ObservationResult,
} from '@localplus/plugin-compliance-common';
import type { ProtectionReading } from '../github/protectionReading';
import {
  combineProtection,
  Combination,
  ProtectionRule,
  ProtectionSource,
} from './combineProtection';
import { BranchSources, branchSources } from './protectionSources';
import {
  adminsExemptText,
  adminsUnknownText,
  keptText,
  listed,
  ProtectionRequirement,
  reviewsText,
  sourcesText,
  unmetText,
} from './protectionSentences';

export type { ProtectionRequirement } from './protectionSentences';

export interface ProtectionVerdict {
  result: ObservationResult;
  summary: string;
  details: { [key: string]: JsonValue };
}

type GapKey = ProtectionRule | 'admins';

/** The order in which gaps are named: the rules of the check as it lists them. */
const GAP_ORDER: readonly GapKey[] = [
  'reviews',
  'stale-reviews',
  'admins',
  'force-pushes',
  'deletions',
];

interface AdminsEscape {
  /** The sources letting administrators escape rules they enforce. */
  exempt: ProtectionSource[];
  /** The sources whose bypass list could not be read, where it matters. */
  unknown: ProtectionSource[];
}

/** Whether administrators escape the rules, in the check's terms. */
function adminsEscape(
  sources: readonly ProtectionSource[],
  { adminsExempt, adminsUnknown }: Combination,
): AdminsEscape {
  const unknown = adminsUnknown.rules.length > 0 ? adminsUnknown.by : [];
  if (adminsExempt.rules.length > 0) {
    return { exempt: adminsExempt.by, unknown };
  }
  // Protection no source of which binds administrators leaves them exempt,
  // even when it enforces none of the check's rules.
  const noneBinds = sources.every(
    source => source.administrators.state === 'exempt',
  );
  return { exempt: noneBinds ? [...sources] : [], unknown };
}

/** `enforceAdmins` of the details: null when it is not known. */
function adminsBound({ exempt, unknown }: AdminsEscape): boolean | null {
  if (exempt.length > 0) {
    return false;
  }
  return unknown.length > 0 ? null : true;
}

function notProtected(
  repository: string,
  branch: string,
  found: BranchSources,
  requirement: ProtectionRequirement,
): string {
  const needs = `it needs protection with ${reviewsText(
    requirement.requiredReviews,
  )}`;
  if (found.planRefusal) {
    return `${branch} of ${repository} is not protected: GitHub offers neither branch protection nor rulesets on its plan (GitHub: "${found.planRefusal}"); ${needs}.`;
  }
  const why = [found.classicAbsence, found.rulesetsAbsence].filter(Boolean);
  return `${branch} of ${repository} is not protected (${why.join(
    '; ',
  )}); ${needs}.`;
}

/**
 * The check's rules on what GitHub answered for one repository: the default
 * branch is protected, by classic protection or rulesets or both, requires
 * at least the tier's approving reviews, dismisses stale approvals, binds
 * administrators, and refuses force pushes and deletion. A source GitHub did
 * not show (or a bypass list it hid) leaves the check undecided, an error,
 * unless what was read already meets it: another source can only add rules.
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
  const found = branchSources(reading);
  const { sources, unread } = found;
  const notRead = unread.map(({ label, reason, status }) => ({
    source: label,
    reason,
    ...(status !== undefined && { status }),
  }));
  const absences = {
    ...(found.classicAbsence && { branchProtection: found.classicAbsence }),
    ...(found.rulesetsAbsence && { rulesets: found.rulesetsAbsence }),
  };

  if (sources.length === 0) {
    if (unread.length > 0) {
      const status = unread.find(item => item.status !== undefined)?.status;
      return {
        result: 'error',
        summary: `Branch protection of ${repository} not read: ${unread
          .map(item =>
            item.label === 'branch protection'
              ? item.reason
              : `${item.label}: ${item.reason}`,
          )
          .join('; ')}.`,
        details: {
          ...base,
          ...(status !== undefined && { status }),
          notRead,
          ...absences,
        },
      };
    }
    return {
      result: 'fail',
      summary: notProtected(repository, branch, found, requirement),
      details: { ...base, protected: false, ...absences },
    };
  }

  const combination = combineProtection(sources, requirement.requiredReviews);
  const { everyone, unmet } = combination;
  const admins = adminsEscape(sources, combination);
  const failing = new Map<GapKey, string>();
  for (const rule of unmet) {
    failing.set(rule, unmetText(rule, everyone, requirement));
  }
  if (admins.exempt.length > 0) {
    failing.set('admins', adminsExemptText(admins.exempt));
  }
  const ordered = GAP_ORDER.filter(key => failing.has(key));
  // With a source unread, what is missing may be in it: nothing is certain.
  const missing = unread.length === 0 ? ordered : [];
  const unverified: GapKey[] = unread.length === 0 ? [] : ordered;
  if (admins.unknown.length > 0 && !unverified.includes('admins')) {
    unverified.push('admins');
  }

  const details = {
    ...base,
    protected: true,
    approvingReviews: everyone.approvingReviews ?? null,
    dismissStaleReviews: everyone.dismissStaleReviews,
    requireCodeOwnerReviews: everyone.requireCodeOwnerReviews,
    enforceAdmins: adminsBound(admins),
    allowForcePushes: !everyone.blocksForcePushes,
    allowDeletions: !everyone.blocksDeletions,
    missing,
    ...(unverified.length > 0 && { unverified }),
    sources: sources.map(source => source.details),
    ...(notRead.length > 0 && { notRead }),
    ...absences,
  };
  const protectedBy = `${branch} of ${repository} is protected by ${sourcesText(
    sources,
  )}`;
  const unknownAdmins =
    admins.unknown.length > 0 ? adminsUnknownText(admins.unknown) : undefined;

  if (missing.length > 0) {
    return {
      result: 'fail',
      summary: `${protectedBy}, but ${missing
        .map(key => failing.get(key))
        .join('; ')}${unknownAdmins ? `; and ${unknownAdmins}` : ''}.`,
      details,
    };
  }
  if (unread.length > 0 && ordered.length > 0) {
    return {
      result: 'error',
      summary: `Protection of ${branch} of ${repository} not fully read: ${unread
        .map(item => `${item.label}: ${item.reason}`)
        .join('; ')}; what was read (${sourcesText(sources)}) leaves ${listed(
        ordered.map(key => failing.get(key)!),
      )}${unknownAdmins ? `; and ${unknownAdmins}` : ''}.`,
      details,
    };
  }
  if (unknownAdmins) {
    return {
      result: 'error',
      summary: `${protectedBy}, but ${unknownAdmins}.`,
      details,
    };
  }
  const unreadNote = unread
    .map(
      item =>
        `; ${item.label} not read (${item.reason}), but what was read meets the check`,
    )
    .join('');
  return {
    result: 'pass',
    summary: `${protectedBy}: ${keptText(
      sources,
      combination,
      requirement,
    )}${unreadNote}.`,
    details,
  };
}
