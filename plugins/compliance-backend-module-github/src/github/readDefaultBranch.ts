import type { Octokit } from '@octokit/rest';
import { z } from 'zod';
import type { RepositorySlug } from '../catalog/repositorySlug';
import { describeGithubFailure, GithubFailure } from './describeGithubFailure';

const branchName = z.string().min(1).max(255);

/**
 * `GET /repos/{owner}/{repo}`: the default branch, `main` when GitHub names
 * none (or none GitHub could have).
 */
export async function readDefaultBranch(
  octokit: Octokit,
  { owner, name: repo }: RepositorySlug,
  options: { signal: AbortSignal; token?: string },
): Promise<{ branch: string } | { failure: GithubFailure }> {
  try {
    const { data } = await octokit.rest.repos.get({
      owner,
      repo,
      request: { signal: options.signal },
    });
    const named = branchName.safeParse(data.default_branch);
    return { branch: named.success ? named.data : 'main' };
  } catch (error) {
    const failure = describeGithubFailure(error, options.token);
    if (failure.status === 404) {
      failure.reason =
        'GitHub has no such repository, or the token cannot see it (HTTP 404)';
    }
    return { failure };
  }
}
