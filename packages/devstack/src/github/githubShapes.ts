import type {
  GithubBranchProtectionRecord,
  GithubRepositoryRecord,
} from './githubDataset';

/**
 * The simulator's records in the shapes of the GitHub REST API
 * (`GET /repos/{owner}/{repo}`, `GET .../branches/{branch}/protection`),
 * with the URLs of the address the simulator was reached at.
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
