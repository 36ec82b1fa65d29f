/**
 * What the GitHub simulator serves: repositories, the classic protection of
 * their default branch and the rulesets that apply to it, in plain fields;
 * the API writes them in GitHub's shapes.
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
  /** Absent: the default branch has no classic protection. */
  protection?: GithubBranchProtectionRecord;
  /**
   * Private on GitHub Free: protection and rulesets answer 403 "Upgrade to
   * GitHub Pro or make this repository public to enable this feature.".
   */
  planWithoutProtection?: boolean;
}

/** A rule of a ruleset: the kinds the compliance collector reads, and linear history. */
export type GithubRuleRecord =
  | {
      type: 'pull_request';
      requiredApprovingReviewCount: number;
      dismissStaleReviewsOnPush: boolean;
      requireCodeOwnerReview: boolean;
      requireLastPushApproval: boolean;
      requiredReviewThreadResolution: boolean;
    }
  | { type: 'non_fast_forward' }
  | { type: 'deletion' }
  | { type: 'required_linear_history' };

/** Who may bypass a ruleset (`RepositoryRole` 5 is the repository admin role). */
export interface GithubBypassActorRecord {
  actorType:
    | 'Integration'
    | 'OrganizationAdmin'
    | 'RepositoryRole'
    | 'Team'
    | 'DeployKey'
    | 'User';
  actorId: number | null;
  bypassMode: 'always' | 'pull_request' | 'exempt';
}

/** A branch ruleset targeting the default branch (`~DEFAULT_BRANCH`). */
export interface GithubRulesetRecord {
  /** Unique across the dataset, as GitHub's ids are. */
  id: number;
  name: string;
  /** A repository's own ruleset, or one of its organisation. */
  sourceType: 'Repository' | 'Organization';
  /** The repository (`owner/name`) or the organisation's login. */
  source: string;
  /** The repositories (names) an organisation ruleset targets; unused for a repository's. */
  repositoryNames?: string[];
  /** Only `active` rules are listed for a branch, as GitHub lists them. */
  enforcement: 'active' | 'evaluate' | 'disabled';
  bypassActors: GithubBypassActorRecord[];
  /**
   * False: `bypass_actors` is left out, as GitHub does for a token without
   * write access to the ruleset.
   */
  bypassActorsVisible: boolean;
  rules: GithubRuleRecord[];
  createdAt: string;
}

export interface GithubDataset {
  repositories: GithubRepositoryRecord[];
  /** Repository and organisation rulesets; default none. */
  rulesets?: GithubRulesetRecord[];
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

/** The rulesets that apply to a repository: its own, and its organisation's that target it. */
export function rulesetsOf(
  dataset: GithubDataset,
  repository: GithubRepositoryRecord,
): GithubRulesetRecord[] {
  const owner = repository.owner.toLowerCase();
  const name = repository.name.toLowerCase();
  return (dataset.rulesets ?? []).filter(ruleset => {
    const source = ruleset.source.toLowerCase();
    return ruleset.sourceType === 'Repository'
      ? source === `${owner}/${name}`
      : source === owner &&
          (ruleset.repositoryNames ?? []).some(
            target => target.toLowerCase() === name,
          );
  });
}
