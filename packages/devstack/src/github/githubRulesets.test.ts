import { githubRequests } from './__testUtils__/githubRequests';
import { RULESET_DEMO_REPOSITORY, WEAK_DEMO_REPOSITORY } from './demoGithub';
import {
  GithubSimulatorHandle,
  startGithubSimulator,
} from './startGithubSimulator';

const TOKEN = 'devstack-github-rulesets-test-token';

let simulator: GithubSimulatorHandle;

beforeAll(async () => {
  simulator = await startGithubSimulator({ port: 0, token: TOKEN });
});

afterAll(async () => {
  await simulator.close();
});

const { get, protectionOf, rulesOf } = githubRequests(() => simulator, TOKEN);

describe('GitHub simulator rulesets', () => {
  it('protects the one weak demo repository by a ruleset without required reviews that admins may bypass, and says so', async () => {
    expect(await protectionOf(WEAK_DEMO_REPOSITORY)).toMatchObject({
      status: 404,
      body: { message: 'Branch not protected' },
    });
    const { body: rules } = await rulesOf(WEAK_DEMO_REPOSITORY);
    const info = {
      ruleset_source_type: 'Repository',
      ruleset_source: WEAK_DEMO_REPOSITORY,
      ruleset_id: expect.any(Number),
    };
    expect(rules).toEqual([
      { type: 'deletion', ...info },
      { type: 'non_fast_forward', ...info },
      { type: 'required_linear_history', ...info },
      {
        type: 'pull_request',
        parameters: {
          allowed_merge_methods: ['merge', 'squash', 'rebase'],
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_approving_review_count: 0,
          required_review_thread_resolution: true,
        },
        ...info,
      },
    ]);
    const ruleset = await get(
      `/repos/${WEAK_DEMO_REPOSITORY}/rulesets/${rules[0].ruleset_id}`,
    );
    expect(ruleset.body.bypass_actors).toEqual([
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
    ]);
    const repository = await get(`/repos/${WEAK_DEMO_REPOSITORY}`);
    expect(repository.body.description).toMatch(
      /deliberately without required reviews, which repository admins may bypass.*DEMO DATA/,
    );
    // The only repository without classic protection requiring a review,
    // but for the one protected by its organisation's ruleset.
    const withoutReviews = simulator.dataset.repositories.filter(
      r => r.protection?.requiredApprovingReviewCount === undefined,
    );
    expect(withoutReviews.map(r => `${r.owner}/${r.name}`)).toEqual([
      WEAK_DEMO_REPOSITORY,
      RULESET_DEMO_REPOSITORY,
    ]);
  });

  it("protects the ruleset demo repository by its organisation's ruleset alone, in GitHub's shapes", async () => {
    expect((await protectionOf(RULESET_DEMO_REPOSITORY)).status).toBe(404);
    const { body: rules } = await rulesOf(RULESET_DEMO_REPOSITORY);
    expect(rules).toContainEqual({
      type: 'pull_request',
      parameters: expect.objectContaining({
        required_approving_review_count: 1,
        dismiss_stale_reviews_on_push: true,
      }),
      ruleset_source_type: 'Organization',
      ruleset_source: 'localplus',
      ruleset_id: expect.any(Number),
    });
    const id = rules[0].ruleset_id;
    const { status, body } = await get(
      `/repos/${RULESET_DEMO_REPOSITORY}/rulesets/${id}`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      id,
      name: 'quality gate',
      target: 'branch',
      source_type: 'Organization',
      source: 'localplus',
      enforcement: 'active',
      bypass_actors: [],
      node_id: expect.stringMatching(/^RRS_/),
      _links: {
        self: {
          href: `${simulator.url}/repos/${RULESET_DEMO_REPOSITORY}/rulesets/${id}`,
        },
        html: {
          href: `https://github.com/organizations/localplus/settings/rules/${id}`,
        },
      },
      conditions: {
        ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] },
        repository_name: {
          include: ['e2e-scenarios'],
          exclude: [],
          protected: false,
        },
      },
      rules: rules.map(
        ({
          ruleset_id: _id,
          ruleset_source: _source,
          ruleset_source_type: _type,
          ...rule
        }: Record<string, unknown>) => rule,
      ),
      created_at: '2025-09-01T08:00:00Z',
      updated_at: '2025-09-01T08:00:00Z',
    });
    // Only through the repositories it targets, and only with the parents.
    expect(
      (
        await get(
          `/repos/${RULESET_DEMO_REPOSITORY}/rulesets/${id}?includes_parents=false`,
        )
      ).status,
    ).toBe(404);
    expect(
      (await get(`/repos/localplus/svc-ledger/rulesets/${id}`)).status,
    ).toBe(404);
    // A ruleset targets ~DEFAULT_BRANCH: another branch has no rules.
    expect(
      (await get(`/repos/${RULESET_DEMO_REPOSITORY}/rules/branches/develop`))
        .body,
    ).toEqual([]);
    expect((await rulesOf('localplus/svc-ledger')).body).toEqual([]);
  });

  it('pages the rules of a branch as GitHub does, with a Link header', async () => {
    const all = (await rulesOf(WEAK_DEMO_REPOSITORY)).body;
    const first = await rulesOf(WEAK_DEMO_REPOSITORY, '?per_page=3');
    const base = `${simulator.url}/repos/${WEAK_DEMO_REPOSITORY}/rules/branches/main`;
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=3&page=2>; rel="next", <${base}?per_page=3&page=2>; rel="last"`,
    );
    const second = await rulesOf(WEAK_DEMO_REPOSITORY, '?per_page=3&page=2');
    expect(second.headers.get('link')).toBe(
      `<${base}?per_page=3&page=1>; rel="prev", <${base}?per_page=3&page=1>; rel="first"`,
    );
    expect([...first.body, ...second.body]).toEqual(all);
    expect(
      (await rulesOf(WEAK_DEMO_REPOSITORY, '?per_page=3&page=9')).body,
    ).toEqual([]);
  });

  it('answers a plan without protection as GitHub does, leaves out bypass lists the token may not see, and lists only active rulesets', async () => {
    const repository = (name: string, plan = false) => ({
      id: name.length,
      owner: 'acme',
      name,
      description: 'test',
      defaultBranch: 'main',
      createdAt: '2026-01-01T00:00:00Z',
      ...(plan && { planWithoutProtection: true }),
    });
    const ruleset = (
      id: number,
      enforcement: 'active' | 'evaluate',
      bypassActorsVisible: boolean,
    ) => ({
      id,
      name: `ruleset ${id}`,
      sourceType: 'Organization' as const,
      source: 'acme',
      repositoryNames: ['open'],
      enforcement,
      bypassActors: [
        {
          actorType: 'OrganizationAdmin' as const,
          actorId: 1,
          bypassMode: 'always' as const,
        },
      ],
      bypassActorsVisible,
      rules: [{ type: 'deletion' as const }],
      createdAt: '2026-01-01T00:00:00Z',
    });
    const custom = await startGithubSimulator({
      port: 0,
      token: TOKEN,
      dataset: {
        repositories: [repository('open'), repository('free', true)],
        rulesets: [ruleset(1, 'active', false), ruleset(2, 'evaluate', true)],
      },
    });
    try {
      const at = (url: string) => get(url, undefined, custom);
      const upgrade = {
        status: 403,
        body: {
          message:
            'Upgrade to GitHub Pro or make this repository public to enable this feature.',
        },
      };
      expect(
        await at('/repos/acme/free/branches/main/protection'),
      ).toMatchObject(upgrade);
      expect(await at('/repos/acme/free/rules/branches/main')).toMatchObject(
        upgrade,
      );
      expect(await at('/repos/acme/open/rules/branches/main')).toMatchObject({
        status: 200,
        body: [
          {
            type: 'deletion',
            ruleset_source_type: 'Organization',
            ruleset_source: 'acme',
            ruleset_id: 1,
          },
        ],
      });
      const hidden = await at('/repos/acme/open/rulesets/1');
      expect(hidden.status).toBe(200);
      expect(hidden.body).not.toHaveProperty('bypass_actors');
      expect((await at('/repos/acme/open/rulesets/2')).body).toMatchObject({
        enforcement: 'evaluate',
        bypass_actors: [
          {
            actor_id: 1,
            actor_type: 'OrganizationAdmin',
            bypass_mode: 'always',
          },
        ],
      });
    } finally {
      await custom.close();
    }
  });
});
