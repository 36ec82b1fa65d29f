import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  type GithubCredentialsProvider,
  ScmIntegrations,
  type ScmIntegrationRegistry,
} from '@backstage/integration';
import type { DecisionPullRequest } from '@localplus/plugin-adr-common';
import { createGithubClient } from '@localplus/portal-node';
import type { Octokit } from '@octokit/rest';
import { explainGithubFailure } from '../github/githubFailure';
import {
  type GithubFolder,
  parseGithubFolderUrl,
} from '../github/githubFolderUrl';
import { ADR_GITHUB_USER_AGENT } from '../github/githubUserAgent';
import type { DecisionFolder } from '../sources/DecisionFolder';
import type { PullRequestSource } from './PullRequestSource';

/** Open pull requests read per repository, the most recently updated first. */
export const MAX_PULL_REQUESTS_PER_REPOSITORY = 100;
/** Changed files read per pull request. */
export const MAX_FILES_PER_PULL_REQUEST = 300;
/** Repositories read at the same time: enough to be quick, few enough to stay under GitHub's secondary limits. */
const REPOSITORY_CONCURRENCY = 4;
/** Statuses of a file that still exists in the folder after the pull request. */
const KEPT_FILE = new Set([
  'added',
  'modified',
  'changed',
  'renamed',
  'copied',
]);

export interface GithubPullRequestSourceOptions {
  integrations: ScmIntegrationRegistry;
  logger: LoggerService;
  credentialsProvider?: GithubCredentialsProvider;
  timeoutMs?: number;
}

interface FolderOfEntity {
  entityRef: string;
  folder: GithubFolder;
}

type PullRequest = Awaited<
  ReturnType<Octokit['rest']['pulls']['list']>
>['data'][number];

function quoted(url: string): string {
  return JSON.stringify(url.length > 120 ? `${url.slice(0, 120)}…` : url);
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function forEachLimited<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
}

/**
 * The review queue's pull requests: open GitHub pull requests that add or
 * change a markdown file directly in an entity's decision folder. Each
 * repository is read once however many entities keep decisions in it; a
 * repository that cannot be read gives one problem sentence and the others
 * are still listed. Folders on disk (development) have no pull requests and
 * are passed over; folder URLs that are not GitHub folders are reported.
 */
export class GithubPullRequestSource implements PullRequestSource {
  static fromConfig(
    config: Config,
    options: { logger: LoggerService; timeoutMs?: number },
  ): GithubPullRequestSource {
    return new GithubPullRequestSource({
      integrations: ScmIntegrations.fromConfig(config),
      ...options,
    });
  }

  private readonly credentialsProvider: GithubCredentialsProvider;

  constructor(private readonly options: GithubPullRequestSourceOptions) {
    this.credentialsProvider =
      options.credentialsProvider ??
      DefaultGithubCredentialsProvider.fromIntegrations(options.integrations);
  }

  async list(folders: DecisionFolder[]) {
    const problems: string[] = [];
    const byRepository = new Map<string, FolderOfEntity[]>();
    for (const folder of folders) {
      if (folder.type !== 'url') continue;
      let parsed: GithubFolder;
      try {
        parsed = parseGithubFolderUrl(folder.url, this.options.integrations);
      } catch (error) {
        problems.push(
          `Skipped the decision folder ${quoted(folder.url)} of ${
            folder.entityRef
          }: ${(error as Error).message}.`,
        );
        continue;
      }
      const key = `${parsed.host}/${parsed.owner}/${parsed.repo}`.toLowerCase();
      const shared = byRepository.get(key) ?? [];
      shared.push({ entityRef: folder.entityRef, folder: parsed });
      byRepository.set(key, shared);
    }

    const pullRequests: DecisionPullRequest[] = [];
    const failures = new Map<string, string>();
    const repositories = [...byRepository.entries()];
    await forEachLimited(
      repositories,
      REPOSITORY_CONCURRENCY,
      async ([key, shared]) => {
        try {
          pullRequests.push(...(await this.readRepository(shared)));
        } catch (error) {
          const { owner, repo, host } = shared[0].folder;
          failures.set(
            key,
            `Could not list the pull requests of ${owner}/${repo} on ${host}: ${explainGithubFailure(
              error,
            )}.`,
          );
        }
      },
    );
    // Repositories finish in any order; problems keep the order of the folders.
    for (const [key] of repositories) {
      const failure = failures.get(key);
      if (failure) problems.push(failure);
    }

    pullRequests.sort(
      (a, b) =>
        compareText(b.updatedAt, a.updatedAt) ||
        compareText(a.repository, b.repository) ||
        a.number - b.number ||
        compareText(a.entityRef, b.entityRef),
    );
    return { pullRequests, problems: [...new Set(problems)] };
  }

  private async readRepository(
    shared: FolderOfEntity[],
  ): Promise<DecisionPullRequest[]> {
    const { folder } = shared[0];
    const client = await createGithubClient({
      integrations: this.options.integrations,
      credentialsProvider: this.credentialsProvider,
      repository: folder,
      logger: this.options.logger,
      requireToken: false,
      userAgent: ADR_GITHUB_USER_AGENT,
      timeoutMs: this.options.timeoutMs,
    });
    const branches = new Set(shared.map(s => s.folder.branch));
    const open = await this.openPullRequests(client, folder);
    const found: DecisionPullRequest[] = [];
    for (const pullRequest of open) {
      if (!branches.has(pullRequest.base.ref)) continue;
      const files = await this.changedFiles(client, folder, pullRequest.number);
      for (const { entityRef, folder: own } of shared) {
        if (own.branch !== pullRequest.base.ref) continue;
        const decisionFiles = files.filter(file => isDirectlyIn(own, file));
        if (decisionFiles.length === 0) continue;
        found.push({
          entityRef,
          repository: `${folder.owner}/${folder.repo}`,
          number: pullRequest.number,
          title: pullRequest.title,
          url: pullRequest.html_url,
          author: pullRequest.user?.login ?? 'unknown',
          createdAt: pullRequest.created_at,
          updatedAt: pullRequest.updated_at,
          draft: pullRequest.draft ?? false,
          files: decisionFiles.sort(),
        });
      }
    }
    return found;
  }

  private async openPullRequests(
    client: Octokit,
    folder: GithubFolder,
  ): Promise<PullRequest[]> {
    const pullRequests: PullRequest[] = [];
    const pages = client.paginate.iterator(client.rest.pulls.list, {
      owner: folder.owner,
      repo: folder.repo,
      state: 'open',
      sort: 'updated',
      direction: 'desc',
      per_page: 100,
    });
    for await (const page of pages) {
      pullRequests.push(...page.data);
      if (pullRequests.length >= MAX_PULL_REQUESTS_PER_REPOSITORY) {
        this.options.logger.debug(
          `${folder.owner}/${folder.repo} has more than ${MAX_PULL_REQUESTS_PER_REPOSITORY} open pull requests; only the most recently updated are checked`,
        );
        break;
      }
    }
    return pullRequests.slice(0, MAX_PULL_REQUESTS_PER_REPOSITORY);
  }

  /** The paths of the files the pull request adds or changes (not removes). */
  private async changedFiles(
    client: Octokit,
    folder: GithubFolder,
    pullNumber: number,
  ): Promise<string[]> {
    const files: string[] = [];
    const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
      owner: folder.owner,
      repo: folder.repo,
      pull_number: pullNumber,
      per_page: 100,
    });
    let seen = 0;
    for await (const page of pages) {
      for (const file of page.data) {
        if (seen++ >= MAX_FILES_PER_PULL_REQUEST) return files;
        if (KEPT_FILE.has(file.status)) files.push(file.filename);
      }
      if (seen >= MAX_FILES_PER_PULL_REQUEST) break;
    }
    return files;
  }
}

/** `adr/0021-x.md` is in `adr`; `adr/old/0001.md` and `adr/README.txt` are not. */
function isDirectlyIn(folder: GithubFolder, filePath: string): boolean {
  const slash = filePath.lastIndexOf('/');
  const directory = slash === -1 ? '' : filePath.slice(0, slash);
  return directory === folder.path && /\.md$/i.test(filePath);
}
