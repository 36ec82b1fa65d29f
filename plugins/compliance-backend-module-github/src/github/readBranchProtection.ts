import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { RepositorySlug } from '../catalog/repositorySlug';
import { describeGithubFailure, GithubFailure } from './describeGithubFailure';

/** The settings of a protected branch the check reads. */
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

/** What GitHub said about the default branch of one repository. */
export type ProtectionReading =
  | { state: 'protected'; branch: string; facts: BranchProtectionFacts }
  | { state: 'unprotected'; branch: string }
  | { state: 'unreadable'; branch?: string; failure: GithubFailure };

const flag = z.object({ enabled: z.boolean() }).nullish();

// Only what the check reads. A setting GitHub leaves out counts as not
// enforced: evidence of a control is what GitHub states, not a default.
const protectionSchema = z.object({
  required_pull_request_reviews: z
    .object({
      required_approving_review_count: z
        .number()
        .int()
        .min(0)
        .max(100)
        .optional(),
      dismiss_stale_reviews: z.boolean().optional(),
      require_code_owner_reviews: z.boolean().optional(),
    })
    .nullish(),
  enforce_admins: flag,
  allow_force_pushes: flag,
  allow_deletions: flag,
});

const branchName = z.string().min(1).max(255);

function factsOf(
  data: z.infer<typeof protectionSchema>,
): BranchProtectionFacts {
  const reviews = data.required_pull_request_reviews;
  return {
    ...(reviews && {
      approvingReviews: reviews.required_approving_review_count ?? 0,
    }),
    dismissStaleReviews: reviews?.dismiss_stale_reviews ?? false,
    requireCodeOwnerReviews: reviews?.require_code_owner_reviews ?? false,
    enforceAdmins: data.enforce_admins?.enabled ?? false,
    allowForcePushes: data.allow_force_pushes?.enabled ?? true,
    allowDeletions: data.allow_deletions?.enabled ?? true,
  };
}

/**
 * `GET /repos/{owner}/{repo}` for the default branch (`main` when GitHub
 * names none), then `GET .../branches/{branch}/protection`. GitHub's 404
 * "Branch not protected" is an answer (unprotected); every other failure
 * leaves the repository unreadable, with the reason.
 */
export async function readBranchProtection(
  octokit: Octokit,
  slug: RepositorySlug,
  options: { signal: AbortSignal; token?: string },
): Promise<ProtectionReading> {
  const { owner, name: repo } = slug;
  const request = { signal: options.signal };

  let branch = 'main';
  try {
    const { data } = await octokit.rest.repos.get({ owner, repo, request });
    const named = branchName.safeParse(data.default_branch);
    branch = named.success ? named.data : branch;
  } catch (error) {
    const failure = describeGithubFailure(error, options.token);
    if (failure.status === 404) {
      failure.reason =
        'GitHub has no such repository, or the token cannot see it (HTTP 404)';
    }
    return { state: 'unreadable', failure };
  }

  try {
    const { data } = await octokit.rest.repos.getBranchProtection({
      owner,
      repo,
      branch,
      request,
    });
    const parsed = protectionSchema.safeParse(data);
    if (!parsed.success) {
      const field = parsed.error.issues[0].path.join('.');
      return {
        state: 'unreadable',
        branch,
        failure: {
          reason: `GitHub answered a branch protection GitHub never writes (${field} is malformed)`,
          stopsRun: false,
        },
      };
    }
    return { state: 'protected', branch, facts: factsOf(parsed.data) };
  } catch (error) {
    const failure = describeGithubFailure(error, options.token);
    if (
      failure.status === 404 &&
      failure.githubMessage === 'Branch not protected'
    ) {
      return { state: 'unprotected', branch };
    }
    if (failure.status === 404) {
      failure.reason =
        failure.githubMessage === 'Branch not found'
          ? `GitHub has no branch ${branch} (HTTP 404)`
          : `GitHub did not show the protection of ${branch} (HTTP 404); the token needs administration read access to the repository`;
    }
    return { state: 'unreadable', branch, failure };
  }
}
