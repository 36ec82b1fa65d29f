import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { ConflictError, InputError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  type GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { createGithubClient } from '@localplus/portal-node';
import type { Octokit } from '@octokit/rest';
import {
  callGithub,
  githubMessage,
  githubStatus,
  toGithubError,
} from '../github/githubFailure';
import {
  encodePath,
  type GithubFolder,
  parseGithubFolderUrl,
  pathInFolder,
} from '../github/githubFolderUrl';
import { ADR_GITHUB_USER_AGENT } from '../github/githubUserAgent';
import type {
  DecisionWriter,
  DecisionWriteRequest,
  DecisionWriteResult,
} from './DecisionWriter';

const CONTENTS = 'Contents: write (classic tokens: repo)';
const PULL_REQUESTS = 'Pull requests: write (classic tokens: repo)';
const READ = 'Contents: read (classic tokens: repo)';

interface Proposal {
  client: Octokit;
  folder: GithubFolder;
  slug: string;
  branch: string;
  filePath: string;
  request: DecisionWriteRequest;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Production's way to add a record: a branch `adr/<file name>` from the
 * folder's branch, one commit adding the file, and a pull request the
 * decision's reviewers approve like any other change. Safe to repeat: a
 * branch left by an earlier attempt for the same file is reused, the file
 * is only committed when it differs, and an open pull request from the
 * branch is returned instead of a second one.
 */
export class GithubDecisionWriter implements DecisionWriter {
  readonly target = 'github' as const;
  private readonly integrations: ScmIntegrations;
  private readonly credentialsProvider: GithubCredentialsProvider;
  private readonly logger: LoggerService;
  private readonly timeoutMs?: number;

  constructor(options: {
    config: Config;
    logger: LoggerService;
    timeoutMs?: number;
  }) {
    this.integrations = ScmIntegrations.fromConfig(options.config);
    this.credentialsProvider =
      DefaultGithubCredentialsProvider.fromIntegrations(this.integrations);
    this.logger = options.logger;
    this.timeoutMs = options.timeoutMs;
  }

  async write(request: DecisionWriteRequest): Promise<DecisionWriteResult> {
    const { folder: source, fileName } = request;
    if (source.type !== 'url') {
      throw new InputError(
        `The decision folder of ${source.entityRef} is a path on this machine (${source.reference}); new records can only be proposed as pull requests for folders on GitHub. Use the local authoring target in development.`,
      );
    }
    if (
      !/^[A-Za-z0-9][A-Za-z0-9._-]*\.md$/.test(fileName) ||
      fileName.includes('..')
    ) {
      throw new InputError(
        `${JSON.stringify(fileName)} is not a decision file name`,
      );
    }
    let folder: GithubFolder;
    try {
      folder = parseGithubFolderUrl(source.url, this.integrations);
    } catch (error) {
      throw new InputError(
        `The decision folder of ${source.entityRef} (${source.url.slice(
          0,
          200,
        )}) is not a GitHub folder: ${(error as Error).message}`,
      );
    }
    const client = await createGithubClient({
      integrations: this.integrations,
      credentialsProvider: this.credentialsProvider,
      repository: folder,
      logger: this.logger,
      requireToken: true,
      userAgent: ADR_GITHUB_USER_AGENT,
      timeoutMs: this.timeoutMs,
    });
    const proposal: Proposal = {
      client,
      folder,
      slug: `${folder.owner}/${folder.repo}`,
      branch: `adr/${fileName.replace(/\.md$/, '')}`,
      filePath: pathInFolder(folder, fileName),
      request,
    };

    const branchIsNew = await this.prepareBranch(proposal);
    await this.commitFile(proposal, branchIsNew);
    const pullRequestUrl = await this.openPullRequest(proposal);
    this.logger.info(
      `Proposed ${proposal.filePath} in ${proposal.slug} for ${request.author}: ${pullRequestUrl}`,
    );
    return {
      location: `${folder.repositoryUrl}/blob/${encodePath(
        proposal.branch,
      )}/${encodePath(proposal.filePath)}`,
      pullRequestUrl,
    };
  }

  /**
   * Refuses a file name the base branch already has (its number is taken),
   * then makes the branch: true when it was made now, false when an earlier
   * attempt left it.
   */
  private async prepareBranch(p: Proposal): Promise<boolean> {
    const { client, folder } = p;
    const base = { owner: folder.owner, repo: folder.repo };
    const baseSha = await callGithub(
      {
        action: `read branch ${folder.branch} of ${p.slug}`,
        permission: READ,
      },
      async () =>
        (
          await client.rest.git.getRef({
            ...base,
            ref: `heads/${folder.branch}`,
          })
        ).data.object.sha,
    );
    if ((await this.readFile(p, folder.branch)) !== undefined) {
      throw new ConflictError(
        `${p.filePath} already exists on ${folder.branch} of ${p.slug}; refresh the decision log and try again`,
      );
    }
    try {
      await client.rest.git.createRef({
        ...base,
        ref: `refs/heads/${p.branch}`,
        sha: baseSha,
      });
      return true;
    } catch (error) {
      if (
        githubStatus(error) === 422 &&
        /reference already exists/i.test(githubMessage(error))
      ) {
        return false;
      }
      throw toGithubError(error, {
        action: `create branch ${p.branch} in ${p.slug}`,
        permission: CONTENTS,
      });
    }
  }

  /** The file's blob sha and text on `ref`, or undefined when it is not there. */
  private async readFile(
    p: Proposal,
    ref: string,
  ): Promise<{ sha: string; text: string } | undefined> {
    const { client, folder } = p;
    try {
      const { data } = await client.rest.repos.getContent({
        owner: folder.owner,
        repo: folder.repo,
        path: p.filePath,
        ref,
      });
      if (Array.isArray(data) || data.type !== 'file') {
        throw new ConflictError(`${p.filePath} in ${p.slug} is not a file`);
      }
      const text = Buffer.from(data.content ?? '', 'base64').toString('utf8');
      return { sha: data.sha, text };
    } catch (error) {
      if (githubStatus(error) === 404) return undefined;
      if (error instanceof ConflictError) throw error;
      throw toGithubError(error, {
        action: `read ${p.filePath} on ${ref} of ${p.slug}`,
        permission: READ,
      });
    }
  }

  private async commitFile(p: Proposal, branchIsNew: boolean): Promise<void> {
    const { client, folder, request } = p;
    const earlier = branchIsNew ? undefined : await this.readFile(p, p.branch);
    if (earlier?.text === request.content) return;
    await callGithub(
      {
        action: `commit ${p.filePath} to ${p.branch} of ${p.slug}`,
        permission: CONTENTS,
      },
      () =>
        client.rest.repos.createOrUpdateFileContents({
          owner: folder.owner,
          repo: folder.repo,
          path: p.filePath,
          branch: p.branch,
          message: `ADR ${request.number}: ${oneLine(
            request.title,
          )}\n\nProposed by ${
            request.author
          } through the LOCAL-PLUS developer portal.`,
          content: Buffer.from(request.content, 'utf8').toString('base64'),
          ...(earlier ? { sha: earlier.sha } : {}),
        }),
    );
  }

  private async openPullRequest(p: Proposal): Promise<string> {
    const { client, folder, request } = p;
    const existing = await callGithub(
      {
        action: `list the pull requests of ${p.slug}`,
        permission: PULL_REQUESTS,
      },
      () =>
        client.rest.pulls.list({
          owner: folder.owner,
          repo: folder.repo,
          state: 'open',
          head: `${folder.owner}:${p.branch}`,
          base: folder.branch,
          per_page: 1,
        }),
    );
    if (existing.data.length > 0) return existing.data[0].html_url;
    const created = await callGithub(
      {
        action: `open a pull request from ${p.branch} into ${folder.branch} of ${p.slug}`,
        permission: PULL_REQUESTS,
      },
      () =>
        client.rest.pulls.create({
          owner: folder.owner,
          repo: folder.repo,
          head: p.branch,
          base: folder.branch,
          title: `ADR ${request.number}: ${oneLine(request.title)}`,
          body: [
            `Proposes ADR ${request.number}, \`${p.filePath}\`, written in the LOCAL-PLUS developer portal by \`${request.author}\`.`,
            '',
            'The decision log lists it under Review while this pull request is open, and indexes it once it is merged.',
          ].join('\n'),
        }),
    );
    return created.data.html_url;
  }
}
