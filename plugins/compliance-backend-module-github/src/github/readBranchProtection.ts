import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { RepositorySlug } from '../catalog/repositorySlug';
import { describeGithubFailure, isPlanRefusal } from './describeGithubFailure';
import { malformedAnswer } from './malformedAnswer';
import type {
  BranchProtectionFacts,
  ClassicProtectionReading,
} from './protectionReading';

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
 * `GET /repos/{owner}/{repo}/branches/{branch}/protection`: the classic
 * branch protection. GitHub's 404 "Branch not protected" and its 403 for a
 * plan without protected branches are answers; every other failure leaves
 * the protection unreadable, with the reason.
 */
export async function readBranchProtection(
  octokit: Octokit,
  { owner, name: repo }: RepositorySlug,
  branch: string,
  options: { signal: AbortSignal; token?: string },
): Promise<ClassicProtectionReading> {
  try {
    const { data } = await octokit.rest.repos.getBranchProtection({
      owner,
      repo,
      branch,
      request: { signal: options.signal },
    });
    const parsed = protectionSchema.safeParse(data);
    if (!parsed.success) {
      return {
        state: 'unreadable',
        failure: malformedAnswer('a branch protection', parsed.error),
      };
    }
    return { state: 'protected', facts: factsOf(parsed.data) };
  } catch (error) {
    const failure = describeGithubFailure(error, options.token);
    if (
      failure.status === 404 &&
      failure.githubMessage === 'Branch not protected'
    ) {
      return { state: 'unprotected' };
    }
    if (isPlanRefusal(failure)) {
      return { state: 'unavailable', githubMessage: failure.githubMessage! };
    }
    if (failure.status === 404) {
      failure.reason =
        failure.githubMessage === 'Branch not found'
          ? `GitHub has no branch ${branch} (HTTP 404)`
          : `GitHub did not show the protection of ${branch} (HTTP 404); the token needs administration read access to the repository`;
    }
    return { state: 'unreadable', failure };
  }
}
