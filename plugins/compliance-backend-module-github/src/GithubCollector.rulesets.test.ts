import {
  collectionContext,
  component,
  githubCollector,
} from './__testUtils__/collectorFixture';
import {
  githubError,
  REPOSITORY_ADMIN_BYPASS,
  rulesetBody,
  setupGithubApiMock,
  strictProtection,
  strictRulesetRules,
  TOKEN,
} from './__testUtils__/githubApiMock';
import {
  observerOf,
  ORGANISATION,
  OWN,
  rulesetOnly,
} from './__testUtils__/rulesetScenarios';

const github = setupGithubApiMock();
const observe = observerOf(github);

describe('github.branch-protection with rulesets', () => {
  it('passes a branch protected by a repository ruleset alone, naming it and reading it', async () => {
    const observation = await observe(rulesetOnly(OWN));

    expect(observation.result).toBe('pass');
    expect(observation.summary).toBe(
      "main of localplus/svc-ledger is protected by ruleset 'main protection' of repository localplus/svc-ledger: 2 approving reviews required (2 needed for T0), stale approvals dismissed, administrators bound, force pushes and deletion refused.",
    );
    expect(observation.details).toMatchObject({
      protected: true,
      approvingReviews: 2,
      enforceAdmins: true,
      missing: [],
      branchProtection: 'GitHub: "Branch not protected"',
      sources: [
        {
          source:
            "ruleset 'main protection' of repository localplus/svc-ledger",
          rulesetId: 7,
          rulesetName: 'main protection',
          rulesetSourceType: 'Repository',
          rulesetSource: 'localplus/svc-ledger',
          approvingReviews: 2,
          administrators: 'bound',
          bypassActors: [],
        },
      ],
    });
    expect(observation.examined.at(-1)).toEqual({
      type: 'github-ruleset',
      ref: 'localplus/svc-ledger#7',
      href: 'https://api.github.com/repos/localplus/svc-ledger/rulesets/7',
    });
    expect(github.paths()).toEqual([
      '/repos/localplus/svc-ledger',
      '/repos/localplus/svc-ledger/branches/main/protection',
      '/repos/localplus/svc-ledger/rules/branches/main',
      '/repos/localplus/svc-ledger/rulesets/7',
    ]);
    expect(new Set(github.calls.map(call => call.authorization))).toEqual(
      new Set([`token ${TOKEN}`]),
    );
  });

  it('combines classic protection and an organisation ruleset, the strictest winning, and says which gives each rule', async () => {
    const observation = await observe({
      // One review, stale approvals kept, deletion allowed.
      protection: {
        ...strictProtection(1),
        required_pull_request_reviews: {
          required_approving_review_count: 1,
          dismiss_stale_reviews: false,
        },
        allow_deletions: { enabled: true },
      },
      rules: strictRulesetRules(31, ORGANISATION, 2).filter(
        rule => rule.type !== 'non_fast_forward',
      ),
      rulesets: { 31: rulesetBody(31, 'baseline', ORGANISATION, []) },
    });

    expect(observation.result).toBe('pass');
    expect(observation.summary).toBe(
      "main of localplus/svc-ledger is protected by branch protection and ruleset 'baseline' of organisation localplus: 2 approving reviews required (2 needed for T0) by ruleset 'baseline' of organisation localplus, stale approvals dismissed by ruleset 'baseline' of organisation localplus, administrators bound, force pushes refused by branch protection, deletion refused by ruleset 'baseline' of organisation localplus.",
    );
    expect(observation.details).toMatchObject({
      approvingReviews: 2,
      dismissStaleReviews: true,
      allowForcePushes: false,
      allowDeletions: false,
    });
  });

  it('fails a ruleset that lets repository admins bypass it, naming the ruleset', async () => {
    const observation = await observe(
      rulesetOnly(OWN, [REPOSITORY_ADMIN_BYPASS]),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toBe(
      "main of localplus/svc-ledger is protected by ruleset 'main protection' of repository localplus/svc-ledger, but administrators are exempt from the rules (ruleset 'main protection' of repository localplus/svc-ledger lets repository admins bypass it at any time).",
    );
    expect(observation.details).toMatchObject({
      enforceAdmins: false,
      missing: ['admins'],
    });
  });

  it('fails organisation admins bypassing, on pull requests too, and the write role, which admins hold', async () => {
    const orgAdmins = await observe(
      rulesetOnly(ORGANISATION, [
        // GitHub writes 1, or lately no id, for organisation admins.
        {
          actor_id: null,
          actor_type: 'OrganizationAdmin',
          bypass_mode: 'pull_request',
        },
      ]),
    );
    expect(orgAdmins.result).toBe('fail');
    expect(orgAdmins.summary).toContain(
      "ruleset 'main protection' of organisation localplus lets organisation admins bypass it through pull requests",
    );

    const writers = await observe(
      rulesetOnly(ORGANISATION, [
        { actor_id: 4, actor_type: 'RepositoryRole', bypass_mode: 'always' },
        { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'exempt' },
      ]),
    );
    expect(writers.result).toBe('fail');
    expect(writers.summary).toContain(
      'lets the write role bypass it at any time and repository admins silently (exempt from its rules)',
    );
  });

  it('passes bypass by teams, apps, deploy keys and custom roles, listing them', async () => {
    const others = await observe(
      rulesetOnly(ORGANISATION, [
        { actor_id: 9, actor_type: 'Team', bypass_mode: 'always' },
        { actor_id: 1234, actor_type: 'Integration', bypass_mode: 'always' },
        {
          actor_id: 218734,
          actor_type: 'RepositoryRole',
          bypass_mode: 'always',
        },
        { actor_id: null, actor_type: 'DeployKey', bypass_mode: 'always' },
      ]),
    );
    expect(others.result).toBe('pass');
    expect(others.details).toMatchObject({
      sources: [
        {
          bypassActors: [
            { actorType: 'Team', actorId: 9, bypassMode: 'always' },
            { actorType: 'Integration', actorId: 1234, bypassMode: 'always' },
            {
              actorType: 'RepositoryRole',
              actorId: 218734,
              bypassMode: 'always',
            },
            { actorType: 'DeployKey', actorId: null, bypassMode: 'always' },
          ],
        },
      ],
    });
  });

  it('keeps administrators bound by classic protection that enforces the same rules as a ruleset they may bypass', async () => {
    const observation = await observe({
      ...rulesetOnly(OWN, [REPOSITORY_ADMIN_BYPASS]),
      protection: strictProtection(2),
    });
    expect(observation.result).toBe('pass');
  });

  it('fails administrators exempt from classic protection, naming enforce_admins', async () => {
    const observation = await observe({
      protection: {
        ...strictProtection(2),
        enforce_admins: { enabled: false },
      },
    });
    expect(observation.summary).toBe(
      'main of localplus/svc-ledger is protected by branch protection, but administrators are exempt from the rules (branch protection does not apply to administrators (enforce_admins is off)).',
    );
  });

  it('is an error, saying so, when GitHub hides who may bypass the only ruleset', async () => {
    const observation = await observe(rulesetOnly(ORGANISATION, 'hidden'));
    expect(observation.result).toBe('error');
    expect(observation.summary).toBe(
      "main of localplus/svc-ledger is protected by ruleset 'main protection' of organisation localplus, but whether administrators are bound is not known: who may bypass ruleset 'main protection' of organisation localplus could not be read: GitHub did not list who may bypass it: it shows bypass_actors only to a token with write access to the ruleset.",
    );
    expect(observation.details).toMatchObject({
      enforceAdmins: null,
      missing: [],
      unverified: ['admins'],
      sources: [{ administrators: 'unknown', bypassActors: null }],
    });
  });

  it('still fails what is missing when a hidden bypass list is not all that is wrong', async () => {
    const observation = await observe(rulesetOnly(ORGANISATION, 'hidden', 1));
    expect(observation.result).toBe('fail');
    expect(observation.details).toMatchObject({
      missing: ['reviews'],
      unverified: ['admins'],
    });
    expect(observation.summary).toMatch(
      /but pull requests need 1 approving review \(2 required for T0\); and whether administrators are bound is not known: /,
    );
  });

  it('passes a hidden bypass list when classic protection binds administrators anyway', async () => {
    const observation = await observe({
      ...rulesetOnly(ORGANISATION, 'hidden'),
      protection: strictProtection(2),
    });
    expect(observation.result).toBe('pass');
  });

  it('is an error when the ruleset itself cannot be read and it alone protects the branch', async () => {
    const observation = await observe({
      ...rulesetOnly(ORGANISATION),
      rulesets: { 7: () => githubError(404, 'Not Found') },
    });
    expect(observation.result).toBe('error');
    expect(observation.summary).toContain(
      'who may bypass ruleset 7 of organisation localplus could not be read: GitHub did not show the ruleset to the token (HTTP 404: Not Found)',
    );
  });

  it("reads an organisation's ruleset once for every repository it protects", async () => {
    const shared = rulesetOnly(ORGANISATION);
    github.serve({ 'localplus/a': shared, 'localplus/b': shared });
    const observations = await githubCollector(
      ['a', 'b'].map(name => component(name, `localplus/${name}`, 'T1')),
    ).collect(collectionContext());

    expect(observations.map(o => o.result)).toEqual(['pass', 'pass']);
    expect(
      github.paths().filter(path => path.endsWith('/rulesets/7')),
    ).toHaveLength(1);
  });
});
