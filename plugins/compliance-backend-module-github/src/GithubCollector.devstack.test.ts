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

/** The tiers' examples of the bundled catalog, as the dev stack's simulator serves them. */
const COMPONENTS = [
  component('bootstrap', 'localplus/bootstrap', 'T0'),
  component('platform-gitops', 'localplus/platform-gitops', 'T1'),
  component('svc-ledger', 'localplus/svc-ledger', 'T3'),
  component('chaos-experiments', WEAK_DEMO_REPOSITORY, 'T4'),
];

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
      ['repository:localplus/platform-gitops', 'pass'],
      ['repository:localplus/svc-ledger', 'pass'],
    ]);
    expect(observations[0].details).toMatchObject({
      tier: 'T0',
      approvingReviews: 2,
      requireCodeOwnerReviews: true,
    });
    expect(observations[1].summary).toBe(
      'main of localplus/chaos-experiments is protected, but pull requests need no review (1 required for T4).',
    );
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
