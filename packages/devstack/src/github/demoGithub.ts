import { createHash } from 'node:crypto';
import { loadCatalogRepositories } from './catalogRepositories';
import {
  GithubBranchProtectionRecord,
  GithubDataset,
  GithubRepositoryRecord,
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
 * DEMO DATA, deliberately weak: protected, but merging needs no review, so
 * that development shows a failing branch-protection control.
 */
export const WEAK_DEMO_REPOSITORY = 'localplus/chaos-experiments';

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

function weakProtection(): GithubBranchProtectionRecord {
  return {
    ...tierProtection(undefined),
    requiredApprovingReviewCount: undefined,
  };
}

/** A positive 31-bit id from the name, the same on every run. */
function stableId(fullName: string): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return digest.readUInt32BE(0) >>> 1;
}

/** The demo organisation for the components of the catalog sources (folders or files). */
export function buildDemoGithubDataset(options: {
  catalogSources: readonly string[];
}): GithubDataset {
  const repositories = loadCatalogRepositories(options.catalogSources).map(
    ({ owner, name, component, tier }): GithubRepositoryRecord => {
      const fullName = `${owner}/${name}`;
      const weak = fullName.toLowerCase() === WEAK_DEMO_REPOSITORY;
      return {
        id: stableId(fullName),
        owner,
        name,
        description: weak
          ? `${component}: branch protection deliberately without required reviews, so a control fails in development. ${DEMO}`
          : `${component}${tier ? ` (${tier})` : ''}. ${DEMO}`,
        defaultBranch: 'main',
        createdAt: CREATED_AT,
        protection: weak ? weakProtection() : tierProtection(tier),
      };
    },
  );
  return { repositories };
}
