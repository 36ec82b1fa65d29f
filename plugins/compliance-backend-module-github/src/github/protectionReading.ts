import type { GithubFailure } from './describeGithubFailure';

/** The settings of classic branch protection the check reads. */
export interface BranchProtectionFacts {
  /** Approving reviews a pull request needs; absent when reviews are not required. */
  approvingReviews?: number;
  dismissStaleReviews: boolean;
  requireCodeOwnerReviews: boolean;
  /** The rules apply to administrators too. */
  enforceAdmins: boolean;
  allowForcePushes: boolean;
  allowDeletions: boolean;
}

/** What `GET .../branches/{branch}/protection` said. */
export type ClassicProtectionReading =
  | { state: 'protected'; facts: BranchProtectionFacts }
  /** GitHub's 404 "Branch not protected". */
  | { state: 'unprotected' }
  /** GitHub's 403 "Upgrade to GitHub Pro ...": the plan has no protected branches. */
  | { state: 'unavailable'; githubMessage: string }
  | { state: 'unreadable'; failure: GithubFailure };

/** An actor a ruleset lets bypass its rules, as GitHub lists it. */
export interface BypassActor {
  /** `OrganizationAdmin`, `RepositoryRole`, `Team`, `Integration`, `DeployKey`, `User`. */
  actorType: string;
  actorId: number | null;
  /** `always` (GitHub's default), `pull_request` or `exempt`. */
  bypassMode: string;
}

/** Who may bypass a ruleset, or why that could not be read. */
export type RulesetBypass =
  | { state: 'read'; actors: BypassActor[] }
  | { state: 'unread'; reason: string };

/** The pull request rule of a ruleset (the strictest, if it has several). */
export interface RulesetPullRequest {
  approvingReviews: number;
  dismissStaleReviews: boolean;
  requireCodeOwnerReviews: boolean;
}

/**
 * The rules of one ruleset that apply to the branch and matter to the check,
 * from `GET .../rules/branches/{branch}`, with its name and bypass list from
 * `GET .../rulesets/{ruleset_id}`.
 */
export interface RulesetFacts {
  /** Absent when GitHub named no ruleset for the rules. */
  id?: number;
  /** Absent when the ruleset itself could not be read. */
  name?: string;
  /** `Repository`, `Organization` (or `Enterprise`), as GitHub names it. */
  sourceType?: string;
  /** The repository (`owner/name`) or organisation the ruleset belongs to. */
  source?: string;
  pullRequest?: RulesetPullRequest;
  /** A `non_fast_forward` rule. */
  blocksForcePushes: boolean;
  /** A `deletion` rule. */
  blocksDeletion: boolean;
  bypass: RulesetBypass;
}

/** What the rulesets that apply to the branch enforce. */
export type RulesetsReading =
  | {
      state: 'read';
      /** Rulesets with a rule the check reads (pull request, force push, deletion). */
      rulesets: RulesetFacts[];
      /** Rules of other kinds (status checks, signatures...), not read further. */
      otherRules: number;
    }
  /** GitHub's 403 "Upgrade to GitHub Pro ...": the plan has no rulesets. */
  | { state: 'unavailable'; githubMessage: string }
  | { state: 'unreadable'; failure: GithubFailure };

/** What GitHub said about the default branch of one repository. */
export type ProtectionReading =
  | {
      state: 'read';
      branch: string;
      classic: ClassicProtectionReading;
      rulesets: RulesetsReading;
    }
  | { state: 'unreadable'; branch?: string; failure: GithubFailure };
