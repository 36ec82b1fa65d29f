import { mockServices } from '@backstage/backend-test-utils';
import { ScmIntegrations } from '@backstage/integration';
import { HttpResponse } from 'msw';
import {
  ENTERPRISE_API,
  ENTERPRISE_TOKEN,
  GITHUB_API,
  GITHUB_TOKEN,
  githubConfig,
  githubError,
  json,
  rateLimited,
  setupGithubApiMock,
} from '../../__testUtils__/githubApiMock';
import type { DecisionFolder } from '../sources/DecisionFolder';
import { GithubPullRequestSource } from './GithubPullRequestSource';

const github = setupGithubApiMock();
const logger = mockServices.logger.mock();
const source = (config = githubConfig()) =>
  GithubPullRequestSource.fromConfig(config, { logger });

const DOCS = 'component:default/docs';
const docsFolder: DecisionFolder = {
  type: 'url',
  entityRef: DOCS,
  url: 'https://github.com/localplus/docs/tree/main/adr',
};

function pullRequest(number: number, overrides: object = {}) {
  return {
    number,
    title: `Pull request ${number}`,
    html_url: `https://github.com/localplus/docs/pull/${number}`,
    user: { login: 'jane' },
    created_at: '2026-03-01T09:00:00Z',
    updated_at: `2026-03-${String(10 + (number % 10)).padStart(
      2,
      '0',
    )}T09:00:00Z`,
    draft: false,
    base: { ref: 'main' },
    ...overrides,
  };
}

const file = (filename: string, status = 'added') => ({ filename, status });

/** A `Link` header pointing at the next page of the same URL. */
const nextPage = (url: URL, page: number) => {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return { link: `<${next}>; rel="next"` };
};

function answerPulls(repo: string, pulls: object[], base = GITHUB_API) {
  github.handle(
    'get',
    `/repos/localplus/${repo}/pulls`,
    () => json(pulls),
    base,
  );
}

function answerFiles(
  repo: string,
  filesByNumber: Record<number, object[]>,
  base = GITHUB_API,
) {
  github.handle(
    'get',
    `/repos/localplus/${repo}/pulls/:number/files`,
    (_call, url) => {
      const number = Number(url.pathname.split('/').at(-2));
      return json(filesByNumber[number] ?? []);
    },
    base,
  );
}

describe('GithubPullRequestSource', () => {
  it('keeps the open pull requests that add or change a markdown file directly in the folder', async () => {
    answerPulls('docs', [
      pullRequest(7, { draft: true }),
      pullRequest(8),
      pullRequest(9),
      pullRequest(10),
      pullRequest(11, { base: { ref: 'release' } }),
    ]);
    answerFiles('docs', {
      7: [
        file('adr/0021-use-kafka.md'),
        file('adr/0005-central-argocd.md', 'modified'),
        file('README.md', 'modified'),
      ],
      8: [file('src/index.ts', 'modified')],
      9: [
        file('adr/old/0001-x.md'),
        file('adr/notes.txt'),
        file('adrs/0001.md'),
      ],
      10: [file('adr/0003-dropped.md', 'removed')],
    });

    const result = await source().list([docsFolder]);

    expect(result).toEqual({
      problems: [],
      pullRequests: [
        {
          entityRef: DOCS,
          repository: 'localplus/docs',
          number: 7,
          title: 'Pull request 7',
          url: 'https://github.com/localplus/docs/pull/7',
          author: 'jane',
          createdAt: '2026-03-01T09:00:00Z',
          updatedAt: '2026-03-17T09:00:00Z',
          draft: true,
          files: ['adr/0005-central-argocd.md', 'adr/0021-use-kafka.md'],
        },
      ],
    });
    expect(github.requests()).toEqual([
      'GET /repos/localplus/docs/pulls?state=open&sort=updated&direction=desc&per_page=100',
      'GET /repos/localplus/docs/pulls/7/files?per_page=100',
      'GET /repos/localplus/docs/pulls/8/files?per_page=100',
      'GET /repos/localplus/docs/pulls/9/files?per_page=100',
      'GET /repos/localplus/docs/pulls/10/files?per_page=100',
    ]);
    expect(github.calls[0].authorization).toBe(`token ${GITHUB_TOKEN}`);
  });

  it('follows pagination of pull requests and of their files', async () => {
    github.handle('get', '/repos/localplus/docs/pulls', (_call, url) =>
      url.searchParams.get('page') === '2'
        ? json([pullRequest(3)])
        : json([pullRequest(1), pullRequest(2)], 200, nextPage(url, 2)),
    );
    github.handle(
      'get',
      '/repos/localplus/docs/pulls/:number/files',
      (_call, url) => {
        const number = url.pathname.split('/').at(-2);
        if (number !== '3') return json([file('src/x.ts')]);
        return url.searchParams.get('page') === '2'
          ? json([file('adr/0022-late.md')])
          : json([file('src/y.ts')], 200, nextPage(url, 2));
      },
    );

    const { pullRequests } = await source().list([docsFolder]);

    expect(pullRequests.map(pr => [pr.number, pr.files])).toEqual([
      [3, ['adr/0022-late.md']],
    ]);
    expect(github.requests()).toHaveLength(6);
  });

  it('reads at most 100 pull requests per repository and 300 files per pull request', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) =>
      pullRequest(i + 1, { base: { ref: i === 0 ? 'main' : 'other' } }),
    );
    github.handle('get', '/repos/localplus/docs/pulls', (_call, url) =>
      json(hundred, 200, nextPage(url, 2)),
    );
    github.handle(
      'get',
      '/repos/localplus/docs/pulls/1/files',
      (_call, url) => {
        const page = Number(url.searchParams.get('page') ?? '1');
        const files =
          page <= 3
            ? Array.from({ length: 100 }, (_, i) => file(`src/${page}-${i}.ts`))
            : [file('adr/0099-too-far.md')];
        return json(files, 200, nextPage(url, page + 1));
      },
    );

    const { pullRequests, problems } = await source().list([docsFolder]);

    expect(problems).toEqual([]);
    expect(pullRequests).toEqual([]);
    expect(github.requests().filter(r => r.includes('page=2'))).toEqual([
      'GET /repos/localplus/docs/pulls/1/files?per_page=100&page=2',
    ]);
    expect(github.requests()).toHaveLength(4);
  });

  it('reads a repository once for every entity whose folders are in it', async () => {
    const handbook: DecisionFolder = {
      type: 'url',
      entityRef: 'system:default/localplus-platform',
      url: 'https://github.com/localplus/docs/tree/main/adr/',
    };
    const platform: DecisionFolder = {
      type: 'url',
      entityRef: 'component:default/platform',
      url: 'https://github.com/localplus/docs/tree/main/platform/adr',
    };
    answerPulls('docs', [pullRequest(4), pullRequest(5)]);
    answerFiles('docs', {
      4: [file('adr/0030-x.md')],
      5: [file('platform/adr/0002-y.md')],
    });

    const { pullRequests } = await source().list([
      docsFolder,
      handbook,
      platform,
    ]);

    expect(pullRequests.map(pr => [pr.number, pr.entityRef])).toEqual([
      [5, 'component:default/platform'],
      [4, DOCS],
      [4, 'system:default/localplus-platform'],
    ]);
    expect(github.requests()).toHaveLength(3);
  });

  it('reads GitHub Enterprise through its configured API with its own token', async () => {
    answerPulls('handbook', [pullRequest(2)], ENTERPRISE_API);
    answerFiles(
      'handbook',
      { 2: [file('decisions/0001-x.md')] },
      ENTERPRISE_API,
    );

    const { pullRequests, problems } = await source().list([
      {
        type: 'url',
        entityRef: 'component:default/handbook',
        url: 'https://ghe.localplus.example/localplus/handbook/tree/main/decisions',
      },
    ]);

    expect(problems).toEqual([]);
    expect(pullRequests.map(pr => pr.files)).toEqual([['decisions/0001-x.md']]);
    expect(github.calls.map(call => call.authorization)).toEqual([
      `token ${ENTERPRISE_TOKEN}`,
      `token ${ENTERPRISE_TOKEN}`,
    ]);
  });

  it('reports each failing repository in one sentence and still lists the others', async () => {
    const folder = (repo: string): DecisionFolder => ({
      type: 'url',
      entityRef: `component:default/${repo}`,
      url: `https://github.com/localplus/${repo}/tree/main/adr`,
    });
    github.handle('get', '/repos/localplus/svc-ledger/pulls', () =>
      githubError(401, 'Bad credentials'),
    );
    github.handle('get', '/repos/localplus/svc-wallet/pulls', () =>
      githubError(404, 'Not Found'),
    );
    github.handle('get', '/repos/localplus/svc-loyalty/pulls', () =>
      rateLimited(),
    );
    github.handle('get', '/repos/localplus/svc-gift/pulls', () =>
      HttpResponse.error(),
    );
    answerPulls('docs', [pullRequest(7)]);
    answerFiles('docs', { 7: [file('adr/0021-x.md')] });

    const result = await source().list([
      folder('svc-ledger'),
      folder('svc-wallet'),
      docsFolder,
      folder('svc-loyalty'),
      folder('svc-gift'),
    ]);

    expect(result.pullRequests.map(pr => pr.number)).toEqual([7]);
    expect(result.problems).toEqual([
      "Could not list the pull requests of localplus/svc-ledger on github.com: GitHub rejected the portal's credentials (401): the token is invalid, expired or revoked.",
      'Could not list the pull requests of localplus/svc-wallet on github.com: GitHub answered 404: the repository does not exist or the credentials cannot see it.',
      "Could not list the pull requests of localplus/svc-loyalty on github.com: GitHub's API rate limit is exhausted until 2023-11-14T22:13:20.000Z.",
      expect.stringMatching(
        /^Could not list the pull requests of localplus\/svc-gift on github.com: GitHub could not be reached/,
      ),
    ]);
    expect(result.problems.join(' ')).not.toContain(GITHUB_TOKEN);
  });

  it('skips hostile and foreign folder URLs with a problem, without asking GitHub', async () => {
    const urls = [
      'https://gitlab.com/localplus/docs/tree/main/adr',
      'https://github.com/localplus/docs/tree/main/../../etc',
      'https://github.com/localplus/docs/tree/main/adr/%2e%2e/secrets',
      'https://github.com/localplus/docs/tree/main/adr%2F..%2Fsecrets',
      'https://github.com/localplus/docs',
      'https://github.com/localplus/docs/tree/',
      'https://github.com/localplus/docs/blob/main/adr',
      'https://github.com/localplus/docs/tree/feature%2Fx/adr',
      'https://github.com/localplus/docs/tree/main/adr?ref=other',
      'https://x-access-token:secret@github.com/localplus/docs/tree/main/adr',
      'https://github.com/-bad-/docs/tree/main/adr',
      'https://github.com/localplus/../tree/main/adr',
      'file:///etc/passwd',
      'https://github.com/localplus/docs/tree/main/a\nb',
      `https://github.com/localplus/docs/tree/main/${'a/'.repeat(1500)}`,
    ];
    const { pullRequests, problems } = await source().list([
      ...urls.map(
        (url, i): DecisionFolder => ({
          type: 'url',
          entityRef: `component:default/e${i}`,
          url,
        }),
      ),
      {
        type: 'file',
        entityRef: 'component:default/local',
        path: '/tmp/adr',
        reference: './adr',
      },
    ]);

    expect(pullRequests).toEqual([]);
    expect(problems).toHaveLength(urls.length);
    expect(problems[0]).toBe(
      'Skipped the decision folder "https://gitlab.com/localplus/docs/tree/main/adr" of component:default/e0: gitlab.com is not a GitHub host configured under integrations.github.',
    );
    expect(problems[1]).toContain('without ".", ".." or empty segments');
    expect(problems[4]).toContain('does not name a branch');
    expect(problems.at(-1)).toContain('longer than 2000 characters');
    expect(problems.at(-1)!.length).toBeLessThan(400);
    expect(github.requests()).toEqual([]);
  });

  it('reports a GitHub Enterprise host configured without an API URL', async () => {
    const { problems } = await source(
      githubConfig([{ host: 'ghe.localplus.example', token: 't' }]),
    ).list([
      {
        type: 'url',
        entityRef: 'component:default/handbook',
        url: 'https://ghe.localplus.example/localplus/handbook/tree/main/adr',
      },
    ]);
    expect(problems).toEqual([
      'Could not list the pull requests of localplus/handbook on ghe.localplus.example: GitHub host ghe.localplus.example has no apiBaseUrl under integrations.github.',
    ]);
  });

  it('reports credentials the GitHub App cannot give as a problem of that repository', async () => {
    const withoutApp = new GithubPullRequestSource({
      integrations: ScmIntegrations.fromConfig(githubConfig()),
      logger,
      credentialsProvider: {
        getCredentials: async () => {
          throw new Error('No app installation found for localplus');
        },
      },
    });
    const { problems } = await withoutApp.list([docsFolder]);
    expect(problems).toEqual([
      'Could not list the pull requests of localplus/docs on github.com: Could not get GitHub credentials for localplus/docs on github.com: No app installation found for localplus.',
    ]);
    expect(github.calls).toEqual([]);
  });

  it('reads public repositories without credentials when none are configured', async () => {
    answerPulls('docs', []);
    const { problems } = await source(githubConfig([])).list([docsFolder]);
    expect(problems).toEqual([]);
    expect(github.calls.map(call => call.authorization)).toEqual([null]);
  });
});
