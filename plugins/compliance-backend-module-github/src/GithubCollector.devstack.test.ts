import {
  GithubSimulatorHandle,
  startGithubSimulator,
  WEAK_DEMO_REPOSITORY,
} from '@localplus/devstack';
import {
  collectionContext,
  component,
  githubCollector,
} from './__testUtils__/collectorFixture';

const TOKEN = 'devstack-github-collector-test-token';

/** The repository of the bundled catalog its organisation's ruleset alone protects. */
const RULESET_DEMO_REPOSITORY = 'localplus/e2e-scenarios';

/** The tiers' examples of the bundled catalog, as the dev stack's simulator serves them. */
const COMPONENTS = [
  component('bootstrap', 'localplus/bootstrap', 'T0'),
  component('platform-gitops', 'localplus/platform-gitops', 'T1'),
  component('svc-ledger', 'localplus/svc-ledger', 'T3'),
  component('chaos-experiments', WEAK_DEMO_REPOSITORY, 'T4'),
  component('e2e-scenarios', RULESET_DEMO_REPOSITORY, 'T4'),
];

/** A repository of the `acme` organisation for a simulator of its own. */
function acmeRepository(name: string, changes: object = {}) {
  return {
    id: name.length,
    owner: 'acme',
    name,
    description: 'test',
    defaultBranch: 'main',
    createdAt: '2026-01-01T00:00:00Z',
    ...changes,
  };
}

/** `acme`'s ruleset enforcing the whole check with two reviews, for `repositoryNames`. */
function acmeRuleset(
  id: number,
  repositoryNames: string[],
  bypassActorsVisible: boolean,
) {
  return {
    id,
    name: 'acme baseline',
    sourceType: 'Organization' as const,
    source: 'acme',
    repositoryNames,
    enforcement: 'active' as const,
    bypassActors: [],
    bypassActorsVisible,
    rules: [
      { type: 'deletion' as const },
      { type: 'non_fast_forward' as const },
      {
        type: 'pull_request' as const,
        requiredApprovingReviewCount: 2,
        dismissStaleReviewsOnPush: true,
        requireCodeOwnerReview: false,
        requireLastPushApproval: false,
        requiredReviewThreadResolution: true,
      },
    ],
    createdAt: '2026-01-01T00:00:00Z',
  };
}

describe('the github collector against the dev stack GitHub simulator', () => {
  let simulator: GithubSimulatorHandle;

  beforeAll(async () => {
    simulator = await startGithubSimulator({ port: 0, token: TOKEN });
  });

  afterAll(async () => {
    await simulator?.close();
  });

  it('passes the tier-model protection and fails the one weak demo repository', async () => {
    const observations = await githubCollector(COMPONENTS, {
      apiBaseUrl: simulator.url,
      token: TOKEN,
    }).collect(collectionContext());

    expect(observations.map(o => [o.subject, o.result])).toEqual([
      ['repository:localplus/bootstrap', 'pass'],
      ['repository:localplus/chaos-experiments', 'fail'],
      ['repository:localplus/e2e-scenarios', 'pass'],
      ['repository:localplus/platform-gitops', 'pass'],
      ['repository:localplus/svc-ledger', 'pass'],
    ]);
    expect(observations[0].details).toMatchObject({
      tier: 'T0',
      approvingReviews: 2,
      requireCodeOwnerReviews: true,
    });
    expect(observations[1].summary).toBe(
      "main of localplus/chaos-experiments is protected by ruleset 'fast lane' of repository localplus/chaos-experiments, but pull requests need 0 approving reviews (1 required for T4); administrators are exempt from the rules (ruleset 'fast lane' of repository localplus/chaos-experiments lets repository admins bypass it at any time).",
    );
    expect(observations[1].details).toMatchObject({
      missing: ['reviews', 'admins'],
    });
    expect(observations[2].summary).toBe(
      "main of localplus/e2e-scenarios is protected by ruleset 'quality gate' of organisation localplus: 1 approving review required (1 needed for T4), stale approvals dismissed, administrators bound, force pushes and deletion refused.",
    );
  });

  it("reads an organisation's rulesets through its repositories, once, and says what GitHub hid or refused", async () => {
    const acme = await startGithubSimulator({
      port: 0,
      token: TOKEN,
      dataset: {
        repositories: [
          acmeRepository('shared-a'),
          acmeRepository('shared-b'),
          acmeRepository('hidden'),
          acmeRepository('free', { planWithoutProtection: true }),
        ],
        rulesets: [
          acmeRuleset(71, ['shared-a', 'shared-b'], true),
          acmeRuleset(72, ['hidden'], false),
        ],
      },
    });
    try {
      const observations = await githubCollector(
        ['free', 'hidden', 'shared-a', 'shared-b'].map(name =>
          component(name, `acme/${name}`, 'T1'),
        ),
        { apiBaseUrl: acme.url, token: TOKEN },
      ).collect(collectionContext());

      expect(observations.map(o => [o.subject, o.result])).toEqual([
        ['repository:acme/free', 'fail'],
        ['repository:acme/hidden', 'error'],
        ['repository:acme/shared-a', 'pass'],
        ['repository:acme/shared-b', 'pass'],
      ]);
      expect(observations[0].summary).toBe(
        'main of acme/free is not protected: GitHub offers neither branch protection nor rulesets on its plan (GitHub: "Upgrade to GitHub Pro or make this repository public to enable this feature."); it needs protection with 2 approving reviews.',
      );
      expect(observations[1].summary).toContain(
        "whether administrators are bound is not known: who may bypass ruleset 'acme baseline' of organisation acme could not be read",
      );
      // Each repository itself, its protection and its rules; then each
      // ruleset once, the shared one too.
      expect(acme.requestCount()).toBe(4 * 3 + 2);
    } finally {
      await acme.close();
    }
  });

  it("reports the simulator's refusal of another token as an error", async () => {
    const observations = await githubCollector(COMPONENTS, {
      apiBaseUrl: simulator.url,
      token: 'not-the-devstack-token',
    }).collect(collectionContext());
    expect(new Set(observations.map(o => o.result))).toEqual(
      new Set(['error']),
    );
    expect(observations[0].summary).toContain(
      'GitHub refused the token (HTTP 401: Bad credentials)',
    );
  });

  it("reports the simulator's rate limit, with its reset", async () => {
    const limited = await startGithubSimulator({
      port: 0,
      token: TOKEN,
      rateLimitPerHour: 3,
    });
    try {
      const observations = await githubCollector(COMPONENTS, {
        apiBaseUrl: limited.url,
        token: TOKEN,
      }).collect(collectionContext());
      const summaries = observations.map(o => o.summary).join('\n');
      expect(summaries).toMatch(
        /GitHub's rate limit is used up until \d{4}-\d\d-\d\dT[\d:.]+Z \(HTTP 403\)/,
      );
      expect(
        observations.filter(o => o.result === 'error').length,
      ).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
