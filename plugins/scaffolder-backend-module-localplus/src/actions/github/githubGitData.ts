import { ConflictError } from '@backstage/errors';
import { Octokit } from '@octokit/rest';
import {
  callGithub,
  isReferenceAlreadyExists,
  toGithubError,
} from './githubErrors';
import { GithubRepository } from './githubInputRules';

/*
 * The git data API calls that put files on a new branch without a clone:
 * blobs, a tree on top of the base tree, a commit, then the branch ref.
 * Each function is one call whose failure names what it was doing.
 */

const CONTENTS_WRITE =
  'write access to the repository contents (fine-grained: Contents write; classic: repo)';

export type BaseCommit = {
  branch: string;
  commitSha: string;
  treeSha: string;
};

export type TreeFile = {
  path: string;
  content: Buffer;
};

export type TreeBlob = {
  path: string;
  sha: string;
};

function slug({ owner, repo }: GithubRepository) {
  return `${owner}/${repo}`;
}

export async function readDefaultBranch(
  client: Octokit,
  repository: GithubRepository,
): Promise<string> {
  const { owner, repo } = repository;
  return callGithub(
    {
      action: `read repository ${slug(repository)}`,
      requiredPermission:
        'read access to the repository (fine-grained: Metadata read; classic: repo)',
      notFound: `repository ${slug(repository)} does not exist`,
    },
    async () =>
      (await client.rest.repos.get({ owner, repo })).data.default_branch,
  );
}

export async function readBaseCommit(
  client: Octokit,
  repository: GithubRepository,
  branch: string,
): Promise<BaseCommit> {
  const { owner, repo } = repository;
  const reading = {
    requiredPermission:
      'read access to the repository contents (fine-grained: Contents read; classic: repo)',
    notFound: `branch ${branch} does not exist in ${slug(repository)}`,
  };
  const commitSha = await callGithub(
    { ...reading, action: `read branch ${branch} of ${slug(repository)}` },
    async () =>
      (
        await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
      ).data.object.sha,
  );
  const treeSha = await callGithub(
    {
      ...reading,
      action: `read the head commit of ${branch} in ${slug(repository)}`,
    },
    async () =>
      (
        await client.rest.git.getCommit({ owner, repo, commit_sha: commitSha })
      ).data.tree.sha,
  );
  return { branch, commitSha, treeSha };
}

export async function createBlobs(
  client: Octokit,
  repository: GithubRepository,
  files: TreeFile[],
): Promise<TreeBlob[]> {
  const { owner, repo } = repository;
  const blobs: TreeBlob[] = [];
  // One at a time: a burst of parallel writes trips GitHub's secondary limit.
  for (const file of files) {
    const sha = await callGithub(
      {
        action: `upload ${file.path} to ${slug(repository)}`,
        requiredPermission: CONTENTS_WRITE,
        notFound: `repository ${slug(repository)} does not exist`,
      },
      async () =>
        (
          await client.rest.git.createBlob({
            owner,
            repo,
            content: file.content.toString('base64'),
            encoding: 'base64',
          })
        ).data.sha,
    );
    blobs.push({ path: file.path, sha });
  }
  return blobs;
}

export async function createTree(
  client: Octokit,
  repository: GithubRepository,
  baseTreeSha: string,
  blobs: TreeBlob[],
): Promise<string> {
  const { owner, repo } = repository;
  return callGithub(
    {
      action: `create a tree in ${slug(repository)}`,
      requiredPermission: CONTENTS_WRITE,
      notFound: `repository ${slug(repository)} does not exist`,
    },
    async () =>
      (
        await client.rest.git.createTree({
          owner,
          repo,
          base_tree: baseTreeSha,
          tree: blobs.map(blob => ({
            path: blob.path,
            mode: '100644' as const,
            type: 'blob' as const,
            sha: blob.sha,
          })),
        })
      ).data.sha,
  );
}

export async function createCommit(
  client: Octokit,
  repository: GithubRepository,
  commit: { message: string; treeSha: string; parentSha: string },
): Promise<string> {
  const { owner, repo } = repository;
  return callGithub(
    {
      action: `create a commit in ${slug(repository)}`,
      requiredPermission: CONTENTS_WRITE,
      notFound: `repository ${slug(repository)} does not exist`,
    },
    async () =>
      (
        await client.rest.git.createCommit({
          owner,
          repo,
          message: commit.message,
          tree: commit.treeSha,
          parents: [commit.parentSha],
        })
      ).data.sha,
  );
}

export async function createBranch(
  client: Octokit,
  repository: GithubRepository,
  branch: string,
  commitSha: string,
): Promise<void> {
  const { owner, repo } = repository;
  try {
    await client.rest.git.createRef({
      owner,
      repo,
      ref: `refs/heads/${branch}`,
      sha: commitSha,
    });
  } catch (error) {
    if (isReferenceAlreadyExists(error)) {
      throw new ConflictError(
        `Could not create branch ${branch} in ${slug(
          repository,
        )}: the branch already exists. ` +
          'Merge or close its pull request and delete the branch, then run the template again',
      );
    }
    throw toGithubError(error, {
      action: `create branch ${branch} in ${slug(repository)}`,
      requiredPermission: CONTENTS_WRITE,
      notFound: `repository ${slug(repository)} does not exist`,
    });
  }
}
