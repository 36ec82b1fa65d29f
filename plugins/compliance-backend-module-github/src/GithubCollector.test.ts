import type { Entity } from '@backstage/catalog-model';
import {
  branchProtection,
  collectionContext,
  component,
  githubCollector,
} from './__testUtils__/collectorFixture';
import {
  setupGithubApiMock,
  strictProtection,
  TOKEN,
} from './__testUtils__/githubApiMock';

const github = setupGithubApiMock();

/** The one observation of a catalog with one component. */
async function observe(
  protection: Record<string, unknown> | 'unprotected',
  tier = 'T3',
  params?: Parameters<typeof branchProtection>[0],
) {
  github.serve({ 'localplus/svc-ledger': { protection } });
  const observations = await githubCollector([
    component('svc-ledger', 'localplus/svc-ledger', tier),
  ]).collect(collectionContext([branchProtection(params)]));
  expect(observations).toHaveLength(1);
  return observations[0];
}

/** strictProtection with some settings replaced. */
const protectionWith = (changes: Record<string, unknown>, reviews = 2) => ({
  ...strictProtection(reviews),
  ...changes,
});

describe('github.branch-protection', () => {
  it('passes a protected main, reading the repository and its protection with the token', async () => {
    const observation = await observe(strictProtection(1));

    expect(observation).toEqual({
      check: 'github.branch-protection',
      subject: 'repository:localplus/svc-ledger',
      entityRef: 'component:default/svc-ledger',
      result: 'pass',
      summary:
        'main of localplus/svc-ledger is protected by branch protection: 1 approving review required (1 needed for T3), stale approvals dismissed, administrators bound, force pushes and deletion refused.',
      method: 'examine',
      examined: [
        { type: 'catalog-entity', ref: 'component:default/svc-ledger' },
        {
          type: 'github-repository',
          ref: 'localplus/svc-ledger',
          href: 'https://api.github.com/repos/localplus/svc-ledger',
        },
        {
          type: 'github-branch-protection',
          ref: 'localplus/svc-ledger@main',
          href: 'https://api.github.com/repos/localplus/svc-ledger/branches/main/protection',
        },
        {
          type: 'github-branch-rules',
          ref: 'localplus/svc-ledger@main',
          href: 'https://api.github.com/repos/localplus/svc-ledger/rules/branches/main',
        },
      ],
      details: {
        repository: 'localplus/svc-ledger',
        branch: 'main',
        tier: 'T3',
        requiredReviews: 1,
        protected: true,
        approvingReviews: 1,
        dismissStaleReviews: true,
        requireCodeOwnerReviews: false,
        enforceAdmins: true,
        allowForcePushes: false,
        allowDeletions: false,
        missing: [],
        sources: [
          {
            source: 'branch protection',
            approvingReviews: 1,
            dismissStaleReviews: true,
            requireCodeOwnerReviews: false,
            blocksForcePushes: true,
            blocksDeletions: true,
            administrators: 'bound',
          },
        ],
        rulesets: 'no ruleset applies to it',
      },
    });
    expect(github.paths()).toEqual([
      '/repos/localplus/svc-ledger',
      '/repos/localplus/svc-ledger/branches/main/protection',
      '/repos/localplus/svc-ledger/rules/branches/main',
    ]);
    expect(github.calls.map(call => call.authorization)).toEqual([
      `token ${TOKEN}`,
      `token ${TOKEN}`,
      `token ${TOKEN}`,
    ]);
  });

  it('reads the protection of the default branch GitHub names', async () => {
    github.serve({
      'localplus/legacy': {
        defaultBranch: 'trunk',
        protection: strictProtection(1),
      },
    });
    const [observation] = await githubCollector([
      component('legacy', 'localplus/legacy'),
    ]).collect(collectionContext());

    expect(observation.result).toBe('pass');
    expect(observation.summary).toMatch(/^trunk of localplus\/legacy/);
    expect(github.paths()).toEqual([
      '/repos/localplus/legacy',
      '/repos/localplus/legacy/branches/trunk/protection',
      '/repos/localplus/legacy/rules/branches/trunk',
    ]);
  });

  it('fails an unprotected main (GitHub: "Branch not protected")', async () => {
    const observation = await observe('unprotected');
    expect(observation).toMatchObject({
      result: 'fail',
      summary:
        'main of localplus/svc-ledger is not protected (GitHub: "Branch not protected"; no ruleset applies to it); it needs protection with 1 approving review.',
      details: { protected: false, requiredReviews: 1, branch: 'main' },
    });
  });

  it('fails a T0 repository requiring one review where its tier needs two, and passes the same for T3', async () => {
    const t0 = await observe(strictProtection(1), 'T0');
    expect(t0.result).toBe('fail');
    expect(t0.summary).toBe(
      'main of localplus/svc-ledger is protected by branch protection, but pull requests need 1 approving review (2 required for T0).',
    );
    expect(t0.details).toMatchObject({
      missing: ['reviews'],
      requiredReviews: 2,
    });

    expect((await observe(strictProtection(1), 'T3')).result).toBe('pass');
  });

  it('takes the thresholds from the params, per tier or for all', async () => {
    const strict = await observe(strictProtection(2), 'T3', {
      minReviews: 3,
    });
    expect(strict.summary).toContain(
      'need 2 approving reviews (3 required for T3)',
    );
    const byTier = await observe(strictProtection(1), 'T0', {
      minReviewsByTier: { T0: 1 },
    });
    expect(byTier.result).toBe('pass');
  });

  it('fails when pull requests need no review at all', async () => {
    const { required_pull_request_reviews: _reviews, ...noReviews } =
      strictProtection();
    const observation = await observe(noReviews);
    expect(observation.result).toBe('fail');
    expect(observation.summary).toContain(
      'pull requests need no review (1 required for T3)',
    );
    expect(observation.details).toMatchObject({ approvingReviews: null });
  });

  it('fails when stale approvals are not dismissed', async () => {
    const observation = await observe(
      protectionWith({
        required_pull_request_reviews: {
          required_approving_review_count: 2,
          dismiss_stale_reviews: false,
        },
      }),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toContain(
      'approvals are kept when new commits are pushed (stale reviews not dismissed)',
    );
    expect(observation.details).toMatchObject({ missing: ['stale-reviews'] });
  });

  it('fails when administrators are not bound by the rules', async () => {
    const observation = await observe(
      protectionWith({ enforce_admins: { enabled: false } }),
    );
    expect(observation.result).toBe('fail');
    expect(observation.details).toMatchObject({ missing: ['admins'] });
    expect(observation.summary).toContain(
      'administrators are exempt from the rules',
    );
  });

  it('fails when force pushes or deletion are allowed, naming each', async () => {
    const observation = await observe(
      protectionWith({
        allow_force_pushes: { enabled: true },
        allow_deletions: { enabled: true },
      }),
    );
    expect(observation.result).toBe('fail');
    expect(observation.summary).toBe(
      'main of localplus/svc-ledger is protected by branch protection, but force pushes are allowed; the branch may be deleted.',
    );
    expect(observation.details).toMatchObject({
      missing: ['force-pushes', 'deletions'],
    });
  });

  it('counts a rule GitHub leaves out as not enforced', async () => {
    const { allow_force_pushes: _force, ...withoutForcePushes } =
      strictProtection();
    const observation = await observe(withoutForcePushes);
    expect(observation.result).toBe('fail');
    expect(observation.details).toMatchObject({ missing: ['force-pushes'] });
  });

  it('makes one observation per parameter set, and one for sets written alike', async () => {
    github.serve({
      'localplus/svc-ledger': { protection: strictProtection(2) },
    });
    const observations = await githubCollector([
      component('svc-ledger', 'localplus/svc-ledger', 'T3'),
    ]).collect(
      collectionContext([
        branchProtection({ minReviews: 1, minReviewsByTier: { T0: 2, T1: 2 } }),
        branchProtection({ minReviewsByTier: { T1: 2, T0: 2 } }),
        branchProtection({ minReviews: 3 }),
        { check: 'github.something-else' },
      ]),
    );
    expect(
      observations.map(o => [o.result, o.details?.requiredReviews]),
    ).toEqual([
      ['pass', 1],
      ['fail', 3],
    ]);
    // Read once, whatever the number of parameter sets.
    expect(github.paths()).toHaveLength(3);
  });

  it('reads a repository named by two components once, held to the stricter tier', async () => {
    github.serve({ 'localplus/mono': { protection: strictProtection(1) } });
    const observations = await githubCollector([
      component('mono-web', 'localplus/mono', 'T3'),
      component('mono-core', 'LocalPlus/Mono', 'T1'),
    ]).collect(collectionContext());

    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({
      subject: 'repository:localplus/mono',
      entityRef: 'component:default/mono-core',
      result: 'fail',
      details: {
        tier: 'T1',
        requiredReviews: 2,
        components: [
          'component:default/mono-core',
          'component:default/mono-web',
        ],
      },
    });
  });

  it("reads the tier from the model's annotation and ranks tiers by the model's order", async () => {
    github.serve({ 'localplus/mono': { protection: strictProtection(1) } });
    const ownTier = (entity: Entity, tier: string) => {
      entity.metadata.annotations!['example.com/tier'] = tier;
      return entity;
    };
    const observations = await githubCollector(
      [
        ownTier(component('mono-web', 'localplus/mono', 'T0'), 'domain'),
        ownTier(component('mono-core', 'localplus/mono'), 'platform'),
      ],
      {
        tiers: {
          annotation: 'example.com/tier',
          levels: [{ id: 'platform' }, { id: 'domain' }],
        },
      },
    ).collect(collectionContext());

    // localplus.io/tier (T0) is not this model's annotation; platform is
    // listed first, so it is the stricter although "domain" sorts before it.
    expect(observations[0].details).toMatchObject({
      tier: 'platform',
      requiredReviews: 1,
    });
  });

  it('asks nothing when no control cites the check', async () => {
    const observations = await githubCollector([
      component('svc-ledger', 'localplus/svc-ledger'),
    ]).collect(collectionContext([{ check: 'catalog.owner' }]));
    expect(observations).toEqual([]);
    expect(github.paths()).toEqual([]);
  });
});
