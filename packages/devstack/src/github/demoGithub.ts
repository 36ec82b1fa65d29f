import { createHash } from 'node:crypto';
import { loadCatalogRepositories } from './catalogRepositories';
import {
  GithubBranchProtectionRecord,
  GithubDataset,
  GithubRepositoryRecord,
  GithubRuleRecord,
  GithubRulesetRecord,
} from './githubDataset';

/**
 * DEMO DATA. The LOCAL-PLUS organisation's repositories as GitHub would hold
 * them: every repository a catalog component names, its `main` protected as
 * the tier model asks (docs/tiers-and-ownership.md, "Who approves what"):
 * T0 changes are approved by the platform lead and security (two reviews,
 * code owners), T1 changes by two platform reviewers, every other tier by
 * one reviewer.
 */
const REVIEWS_BY_TIER: Record<string, number> = { T0: 2, T1: 2 };
const DEFAULT_REVIEWS = 1;

/**
 * DEMO DATA, deliberately weak: protected by a repository ruleset under
 * which merging needs no review and repository admins may bypass the rules,
 * so that development shows a failing branch-protection control.
 */
export const WEAK_DEMO_REPOSITORY = 'localplus/chaos-experiments';

/**
 * DEMO DATA: protected by an organisation ruleset alone (no classic branch
 * protection), as strict as the tier model asks, so that development shows
 * a ruleset meeting the control.
 */
export const RULESET_DEMO_REPOSITORY = 'localplus/e2e-scenarios';

/** The rulesets' ids: fixed, as GitHub's do not change. */
const WEAK_RULESET_ID = 4_210_001;
const ORGANISATION_RULESET_ID = 4_210_002;

/** GitHub's id of the repository admin role in a bypass list. */
const REPOSITORY_ADMIN_ROLE_ID = 5;

const DEMO = 'DEMO DATA served by the devstack GitHub simulator.';
const CREATED_AT = '2025-09-01T08:00:00Z';

function tierProtection(
  tier: string | undefined,
): GithubBranchProtectionRecord {
  return {
    requiredApprovingReviewCount:
      (tier && REVIEWS_BY_TIER[tier]) || DEFAULT_REVIEWS,
    dismissStaleReviews: true,
    // T0's two approvers are named people: CODEOWNERS makes them required.
    requireCodeOwnerReviews: tier === 'T0',
    enforceAdmins: true,
    allowForcePushes: false,
    allowDeletions: false,
    requiredLinearHistory: true,
    requiredConversationResolution: true,
  };
}

/** The rules of a ruleset as strict as `tierProtection(tier)`. */
function tierRules(
  tier: string | undefined,
  reviews = tierProtection(tier).requiredApprovingReviewCount ?? 0,
): GithubRuleRecord[] {
  const protection = tierProtection(tier);
  return [
    { type: 'deletion' },
    { type: 'non_fast_forward' },
    { type: 'required_linear_history' },
    {
      type: 'pull_request',
      requiredApprovingReviewCount: reviews,
      dismissStaleReviewsOnPush: protection.dismissStaleReviews,
      requireCodeOwnerReview: protection.requireCodeOwnerReviews,
      requireLastPushApproval: false,
      requiredReviewThreadResolution: protection.requiredConversationResolution,
    },
  ];
}

/** The weak repository's own ruleset: no review, and admins may bypass it. */
function weakRuleset(owner: string, name: string): GithubRulesetRecord {
  return {
    id: WEAK_RULESET_ID,
    name: 'fast lane',
    sourceType: 'Repository',
    source: `${owner}/${name}`,
    enforcement: 'active',
    bypassActors: [
      {
        actorType: 'RepositoryRole',
        actorId: REPOSITORY_ADMIN_ROLE_ID,
        bypassMode: 'always',
      },
    ],
    bypassActorsVisible: true,
    rules: tierRules(undefined, 0),
    createdAt: CREATED_AT,
  };
}

/** The organisation's ruleset for the ruleset demo repository, as its tier asks. */
function organisationRuleset(
  owner: string,
  name: string,
  tier: string | undefined,
): GithubRulesetRecord {
  return {
    id: ORGANISATION_RULESET_ID,
    name: 'quality gate',
    sourceType: 'Organization',
    source: owner,
    repositoryNames: [name],
    enforcement: 'active',
    bypassActors: [],
    bypassActorsVisible: true,
    rules: tierRules(tier),
    createdAt: CREATED_AT,
  };
}

/** A positive 31-bit id from the name, the same on every run. */
function stableId(fullName: string): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return digest.readUInt32BE(0) >>> 1;
}

/**
 * The demo organisation for the components of the catalog sources (folders
 * or files): classic protection as the tier model asks, but for the weak
 * repository and the ruleset demo repository, protected by rulesets alone.
 */
export function buildDemoGithubDataset(options: {
  catalogSources: readonly string[];
}): GithubDataset {
  const rulesets: GithubRulesetRecord[] = [];
  const repositories = loadCatalogRepositories(options.catalogSources).map(
    ({ owner, name, component, tier }): GithubRepositoryRecord => {
      const fullName = `${owner}/${name}`;
      const repository = {
        id: stableId(fullName),
        owner,
        name,
        description: `${component}${tier ? ` (${tier})` : ''}. ${DEMO}`,
        defaultBranch: 'main',
        createdAt: CREATED_AT,
      };
      switch (fullName.toLowerCase()) {
        case WEAK_DEMO_REPOSITORY:
          rulesets.push(weakRuleset(owner, name));
          return {
            ...repository,
            description: `${component}: protected by a ruleset deliberately without required reviews, which repository admins may bypass, so a control fails in development. ${DEMO}`,
          };
        case RULESET_DEMO_REPOSITORY:
          rulesets.push(organisationRuleset(owner, name, tier));
          return {
            ...repository,
            description: `${repository.description} Protected by an organisation ruleset, without classic branch protection.`,
          };
        default:
          return { ...repository, protection: tierProtection(tier) };
      }
    },
  );
  return { repositories, rulesets };
}
