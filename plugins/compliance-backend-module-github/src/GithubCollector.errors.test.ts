import { delay, HttpResponse } from 'msw';
import {
  branchProtection,
  collectionContext,
  component,
  githubCollector,
} from './__testUtils__/collectorFixture';
import {
  ENTERPRISE_API,
  githubError,
  setupGithubApiMock,
  strictProtection,
  TOKEN,
} from './__testUtils__/githubApiMock';

const github = setupGithubApiMock();

const RESET = Math.floor(Date.parse('2026-12-05T01:00:00Z') / 1000);

/** Six repositories answering `answer` to every request. */
async function everyRepositoryAnswers(answer: () => Response) {
  const names = ['a', 'b', 'c', 'd', 'e', 'f'];
  github.serve(
    Object.fromEntries(
      names.map(name => [`localplus/${name}`, { repository: answer }]),
    ),
  );
  return githubCollector(
    names.map(name => component(name, `localplus/${name}`)),
  ).collect(collectionContext());
}

describe('github.branch-protection when GitHub does not answer', () => {
  it('reports a used-up rate limit as an error with its reset, and stops asking', async () => {
    const observations = await everyRepositoryAnswers(() =>
      githubError(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': `${RESET}`,
      }),
    );
    expect(observations.map(o => o.result)).toEqual(Array(6).fill('error'));
    expect(observations[0].summary).toBe(
      "Branch protection of localplus/a not read: GitHub's rate limit is used up until 2026-12-05T01:00:00.000Z (HTTP 403).",
    );
    expect(observations[0].details).toMatchObject({ status: 403 });
    expect(observations[5].summary).toContain(
      'not asked, as an earlier request of this run failed',
    );
    // At most the four requests already under way when the first came back.
    expect(github.paths().length).toBeLessThanOrEqual(4);
  });

  it("reports GitHub's secondary rate limit (429, retry-after)", async () => {
    const [observation] = await everyRepositoryAnswers(() =>
      githubError(429, 'You have exceeded a secondary rate limit.', {
        'retry-after': '60',
      }),
    );
    expect(observation.result).toBe('error');
    expect(observation.summary).toContain(
      "GitHub's secondary rate limit asks to wait 60 seconds (HTTP 429)",
    );
  });

  it('reports a refused token (401) without ever showing the token, even when echoed', async () => {
    const observations = await everyRepositoryAnswers(() =>
      githubError(401, `Bad credentials for ${TOKEN}`),
    );
    expect(observations[0]).toMatchObject({
      result: 'error',
      summary:
        'Branch protection of localplus/a not read: GitHub refused the token (HTTP 401: Bad credentials for ***).',
      details: { status: 401 },
    });
    expect(JSON.stringify(observations)).not.toContain(TOKEN);
    expect(github.paths().length).toBeLessThanOrEqual(4);
  });

  it('reports a 403 on one repository and still reads the others', async () => {
    github.serve({
      'localplus/locked': {
        protection: () =>
          githubError(403, 'Resource not accessible by integration'),
      },
      'localplus/open': { protection: strictProtection(1) },
    });
    const observations = await githubCollector([
      component('locked', 'localplus/locked'),
      component('open', 'localplus/open'),
    ]).collect(collectionContext());

    expect(observations.map(o => o.result)).toEqual(['error', 'pass']);
    expect(observations[0].summary).toBe(
      'Branch protection of localplus/locked not read: GitHub refused access (HTTP 403: Resource not accessible by integration); reading branch protection needs administration read access to the repository.',
    );
  });

  it('tells a missing repository, a missing branch and a hidden protection apart from an unprotected branch', async () => {
    github.serve({
      'localplus/gone-branch': {
        defaultBranch: 'main',
        protection: () => githubError(404, 'Branch not found'),
      },
      'localplus/hidden': { protection: () => githubError(404, 'Not Found') },
    });
    const observations = await githubCollector([
      component('gone-branch', 'localplus/gone-branch'),
      component('hidden', 'localplus/hidden'),
      component('missing', 'localplus/missing'),
    ]).collect(collectionContext());

    expect(observations.map(o => [o.result, o.summary])).toEqual([
      [
        'error',
        'Branch protection of localplus/gone-branch not read: GitHub has no branch main (HTTP 404).',
      ],
      [
        'error',
        'Branch protection of localplus/hidden not read: GitHub did not show the protection of main (HTTP 404); the token needs administration read access to the repository.',
      ],
      [
        'error',
        'Branch protection of localplus/missing not read: GitHub has no such repository, or the token cannot see it (HTTP 404).',
      ],
    ]);
  });

  it('reports a server error, an unreachable GitHub and a malformed answer', async () => {
    github.serve({
      'localplus/broken': { protection: () => githubError(502, 'Bad Gateway') },
      'localplus/odd': {
        protection: () =>
          HttpResponse.json({ enforce_admins: { enabled: 'yes' } }),
      },
    });
    const answered = await githubCollector([
      component('broken', 'localplus/broken'),
      component('odd', 'localplus/odd'),
    ]).collect(collectionContext());
    expect(answered.map(o => o.summary)).toEqual([
      'Branch protection of localplus/broken not read: GitHub answered HTTP 502: Bad Gateway.',
      'Branch protection of localplus/odd not read: GitHub answered a branch protection GitHub never writes (enforce_admins.enabled is malformed).',
    ]);

    const unreachable = await everyRepositoryAnswers(() =>
      HttpResponse.error(),
    );
    expect(unreachable[0].result).toBe('error');
    expect(unreachable[0].summary).toMatch(
      /not read: GitHub could not be reached/,
    );
  });

  it('gives up on a repository GitHub does not answer within the request timeout, and asks the others', async () => {
    const slow = ['slow-1', 'slow-2', 'slow-3', 'slow-4'];
    github.serve({
      ...Object.fromEntries(
        slow.map(name => [
          `localplus/${name}`,
          {
            protection: async () => {
              // Longer than the deadline, short enough to end with the test.
              await delay(400);
              return HttpResponse.json(strictProtection());
            },
          },
        ]),
      ),
      'localplus/steady': { protection: strictProtection() },
    });
    // Four slow ones take every slot: the steady one is asked only after
    // their deadlines have passed (repositories are read in name order).
    const observations = await githubCollector(
      [...slow, 'steady'].map(name => component(name, `localplus/${name}`)),
      { requestTimeoutMs: 50 },
    ).collect(collectionContext());
    const resultOf = (repository: string) =>
      observations.find(o => o.summary.includes(`localplus/${repository} `));
    expect(resultOf('steady')?.result).toBe('pass');
    for (const name of slow) {
      expect(resultOf(name)).toMatchObject({
        result: 'error',
        summary: `Branch protection of localplus/${name} not read: GitHub did not answer within 50 ms.`,
      });
    }
  });

  it('asks nothing once the run is stopped', async () => {
    github.serve({ 'localplus/a': { protection: strictProtection() } });
    const controller = new AbortController();
    controller.abort();
    const [observation] = await githubCollector([
      component('a', 'localplus/a'),
    ]).collect(collectionContext(undefined, controller.signal));
    expect(observation.result).toBe('error');
    expect(observation.summary).toContain('the evaluation run was stopped');
    expect(github.paths()).toEqual([]);
  });
});

describe('github.branch-protection with unusable input', () => {
  it('skips hostile slugs as error observations on their component, asking GitHub nothing', async () => {
    const long = `localplus/${'x'.repeat(300)}`;
    const observations = await githubCollector([
      component('traversal', '../../etc/passwd'),
      component('dots', 'localplus/..'),
      component('spaces', 'local plus/svc ledger'),
      component('long', long),
      component('url', 'https://github.com/localplus/svc-ledger'),
      component('empty', ''),
    ]).collect(collectionContext());

    expect(observations.map(o => [o.subject, o.result])).toEqual([
      ['component:default/dots', 'error'],
      ['component:default/empty', 'error'],
      ['component:default/long', 'error'],
      ['component:default/spaces', 'error'],
      ['component:default/traversal', 'error'],
      ['component:default/url', 'error'],
    ]);
    expect(observations[4].summary).toBe(
      'No repository read for component:default/traversal: its github.com/project-slug "../../etc/passwd" is not owner/repository.',
    );
    const longSummary = observations[2].summary;
    expect(longSummary).toContain(`"localplus/${'x'.repeat(70)}…"`);
    expect(longSummary.length).toBeLessThan(250);
    expect(github.paths()).toEqual([]);
  });

  it('reports invalid params on every repository, without asking GitHub', async () => {
    const observations = await githubCollector([
      component('svc-ledger', 'localplus/svc-ledger'),
    ]).collect(
      collectionContext([
        branchProtection({
          minReviews: 1e9,
          minReviewsByTier: { T9: 1 },
          extra: true,
        }),
      ]),
    );
    expect(observations).toHaveLength(1);
    expect(observations[0].result).toBe('error');
    expect(observations[0].summary).toMatch(
      /^Branch protection of localplus\/svc-ledger not checked: Invalid params of github\.branch-protection: .*minReviews: must be at most 6/,
    );
    expect(observations[0].summary).toContain('unknown extra');
    expect(github.paths()).toEqual([]);
  });

  it('reads at most maxRepositories, reporting the rest as not read', async () => {
    github.serve({
      'localplus/a': { protection: strictProtection(1) },
      'localplus/b': { protection: strictProtection(1) },
      'localplus/c': { protection: strictProtection(1) },
    });
    const observations = await githubCollector(
      ['c', 'a', 'b'].map(name => component(name, `localplus/${name}`)),
      { maxRepositories: 2 },
    ).collect(collectionContext());

    expect(observations.map(o => [o.subject, o.result])).toEqual([
      ['repository:localplus/a', 'pass'],
      ['repository:localplus/b', 'pass'],
      ['repository:localplus/c', 'error'],
    ]);
    expect(observations[2].summary).toContain(
      'the catalog names more than 2 repositories (compliance.github.maxRepositories)',
    );
    expect(github.paths()).not.toContain('/repos/localplus/c');
  });

  it('reports every repository as not read when no token is configured', async () => {
    const [observation] = await githubCollector(
      [component('a', 'localplus/a')],
      { token: undefined, tokenSource: undefined },
    ).collect(collectionContext());
    expect(observation.summary).toBe(
      'Branch protection of localplus/a not read: no GitHub token is configured for api.github.com (compliance.github.token, or the token of its integrations.github entry).',
    );
    expect(github.paths()).toEqual([]);
  });

  it('reads a GitHub Enterprise server at its base URL', async () => {
    github.serve(
      { 'localplus/a': { protection: strictProtection(1) } },
      ENTERPRISE_API,
    );
    const [observation] = await githubCollector(
      [component('a', 'localplus/a')],
      {
        apiBaseUrl: ENTERPRISE_API,
      },
    ).collect(collectionContext());

    expect(observation.result).toBe('pass');
    expect(observation.examined.map(item => item.href)).toEqual([
      undefined,
      `${ENTERPRISE_API}/repos/localplus/a`,
      `${ENTERPRISE_API}/repos/localplus/a/branches/main/protection`,
      `${ENTERPRISE_API}/repos/localplus/a/rules/branches/main`,
    ]);
    expect(github.paths()).toEqual([
      '/repos/localplus/a',
      '/repos/localplus/a/branches/main/protection',
      '/repos/localplus/a/rules/branches/main',
    ]);
  });
});
