/**
 * What the GitHub simulator serves: repositories and the protection of their
 * default branch, in plain fields; the API writes them in GitHub's shapes.
 */

/** The settings of a protected branch the simulator answers with. */
export interface GithubBranchProtectionRecord {
  /** Absent: pull requests may be merged without any approving review. */
  requiredApprovingReviewCount?: number;
  dismissStaleReviews: boolean;
  requireCodeOwnerReviews: boolean;
  /** The rules apply to administrators too. */
  enforceAdmins: boolean;
  allowForcePushes: boolean;
  allowDeletions: boolean;
  requiredLinearHistory: boolean;
  requiredConversationResolution: boolean;
}

export interface GithubRepositoryRecord {
  /** Stable across runs (derived from the name). */
  id: number;
  owner: string;
  name: string;
  description: string;
  /** The only branch the simulator knows. */
  defaultBranch: string;
  createdAt: string;
  /** Absent: the default branch is not protected. */
  protection?: GithubBranchProtectionRecord;
}

export interface GithubDataset {
  repositories: GithubRepositoryRecord[];
}

/** The repository `owner/name` names, as GitHub matches them: case-insensitively. */
export function findRepository(
  dataset: GithubDataset,
  owner: string,
  name: string,
): GithubRepositoryRecord | undefined {
  const wanted = `${owner}/${name}`.toLowerCase();
  return dataset.repositories.find(
    repository =>
      `${repository.owner}/${repository.name}`.toLowerCase() === wanted,
  );
}
