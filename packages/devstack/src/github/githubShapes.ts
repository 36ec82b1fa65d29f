import type {
  GithubBranchProtectionRecord,
  GithubRepositoryRecord,
  GithubRuleRecord,
  GithubRulesetRecord,
} from './githubDataset';

/**
 * The simulator's records in the shapes of the GitHub REST API
 * (`GET /repos/{owner}/{repo}`, `GET .../branches/{branch}/protection`,
 * `GET .../rules/branches/{branch}`, `GET .../rulesets/{ruleset_id}`), with
 * the URLs of the address the simulator was reached at.
 */

/** The stable part of a repository's API URL. */
function repositoryUrl(repository: GithubRepositoryRecord, origin: string) {
  return `${origin}/repos/${repository.owner}/${repository.name}`;
}

export function repositoryJson(
  repository: GithubRepositoryRecord,
  origin: string,
) {
  const url = repositoryUrl(repository, origin);
  return {
    id: repository.id,
    name: repository.name,
    full_name: `${repository.owner}/${repository.name}`,
    private: true,
    visibility: 'private',
    owner: {
      login: repository.owner,
      type: 'Organization',
      url: `${origin}/users/${repository.owner}`,
    },
    description: repository.description,
    url,
    default_branch: repository.defaultBranch,
    archived: false,
    disabled: false,
    created_at: repository.createdAt,
    branches_url: `${url}/branches{/branch}`,
  };
}

const flag = (enabled: boolean) => ({ enabled });

export function branchProtectionJson(
  repository: GithubRepositoryRecord,
  protection: GithubBranchProtectionRecord,
  origin: string,
) {
  const url = `${repositoryUrl(repository, origin)}/branches/${
    repository.defaultBranch
  }/protection`;
  const reviews = protection.requiredApprovingReviewCount;
  return {
    url,
    // GitHub leaves the object out when pull requests need no review.
    ...(reviews !== undefined && {
      required_pull_request_reviews: {
        url: `${url}/required_pull_request_reviews`,
        dismiss_stale_reviews: protection.dismissStaleReviews,
        require_code_owner_reviews: protection.requireCodeOwnerReviews,
        require_last_push_approval: false,
        required_approving_review_count: reviews,
      },
    }),
    enforce_admins: {
      url: `${url}/enforce_admins`,
      enabled: protection.enforceAdmins,
    },
    required_linear_history: flag(protection.requiredLinearHistory),
    allow_force_pushes: flag(protection.allowForcePushes),
    allow_deletions: flag(protection.allowDeletions),
    block_creations: flag(false),
    required_conversation_resolution: flag(
      protection.requiredConversationResolution,
    ),
    lock_branch: flag(false),
    allow_fork_syncing: flag(false),
  };
}

/** A rule as a ruleset lists it (`repository-rule`): its type and parameters. */
function ruleJson(rule: GithubRuleRecord) {
  if (rule.type !== 'pull_request') {
    return { type: rule.type };
  }
  return {
    type: rule.type,
    parameters: {
      allowed_merge_methods: ['merge', 'squash', 'rebase'],
      dismiss_stale_reviews_on_push: rule.dismissStaleReviewsOnPush,
      require_code_owner_review: rule.requireCodeOwnerReview,
      require_last_push_approval: rule.requireLastPushApproval,
      required_approving_review_count: rule.requiredApprovingReviewCount,
      required_review_thread_resolution: rule.requiredReviewThreadResolution,
    },
  };
}

/**
 * A rule that applies to a branch, as `GET .../rules/branches/{branch}`
 * lists it (`repository-rule-detailed`): the rule and the ruleset it is from.
 */
export function branchRuleJson(
  ruleset: GithubRulesetRecord,
  rule: GithubRuleRecord,
) {
  return {
    ...ruleJson(rule),
    ruleset_source_type: ruleset.sourceType,
    ruleset_source: ruleset.source,
    ruleset_id: ruleset.id,
  };
}

/** `GET .../rulesets/{ruleset_id}` (`repository-ruleset`), read through `repository`. */
export function rulesetJson(
  repository: GithubRepositoryRecord,
  ruleset: GithubRulesetRecord,
  origin: string,
) {
  const organisation = ruleset.sourceType === 'Organization';
  const refName = { include: ['~DEFAULT_BRANCH'], exclude: [] };
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: 'branch',
    source_type: ruleset.sourceType,
    source: ruleset.source,
    enforcement: ruleset.enforcement,
    ...(ruleset.bypassActorsVisible && {
      bypass_actors: ruleset.bypassActors.map(actor => ({
        actor_id: actor.actorId,
        actor_type: actor.actorType,
        bypass_mode: actor.bypassMode,
      })),
    }),
    node_id: `RRS_${Buffer.from(`Ruleset:${ruleset.id}`).toString(
      'base64url',
    )}`,
    _links: {
      self: {
        href: `${repositoryUrl(repository, origin)}/rulesets/${ruleset.id}`,
      },
      html: {
        href: organisation
          ? `https://github.com/organizations/${ruleset.source}/settings/rules/${ruleset.id}`
          : `https://github.com/${ruleset.source}/rules/${ruleset.id}`,
      },
    },
    conditions: organisation
      ? {
          ref_name: refName,
          repository_name: {
            include: ruleset.repositoryNames ?? [],
            exclude: [],
            protected: false,
          },
        }
      : { ref_name: refName },
    rules: ruleset.rules.map(ruleJson),
    created_at: ruleset.createdAt,
    updated_at: ruleset.createdAt,
  };
}
