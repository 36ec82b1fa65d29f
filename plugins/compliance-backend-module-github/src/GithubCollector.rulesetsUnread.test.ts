import {
  collectionContext,
  component,
  githubCollector,
} from './__testUtils__/collectorFixture';
import {
  githubError,
  rulesetBody,
  setupGithubApiMock,
  strictProtection,
} from './__testUtils__/githubApiMock';
import {
  observerOf,
  OWN,
  PLAN_REFUSAL,
  rulesetOnly,
} from './__testUtils__/rulesetScenarios';

const github = setupGithubApiMock();
const observe = observerOf(github);

describe('github.branch-protection with rulesets: absent, unread and hostile answers', () => {
  it('fails a branch neither protection nor ruleset protects, and one whose plan offers neither', async () => {
    const none = await observe({ protection: 'unprotected', rules: [] });
    expect(none.summary).toBe(
      'main of localplus/svc-ledger is not protected (GitHub: "Branch not protected"; no ruleset applies to it); it needs protection with 2 approving reviews.',
    );

    const refused = () => githubError(403, PLAN_REFUSAL);
    const plan = await observe({ protection: refused, rules: refused });
    expect(plan.result).toBe('fail');
    expect(plan.summary).toBe(
      `main of localplus/svc-ledger is not protected: GitHub offers neither branch protection nor rulesets on its plan (GitHub: "${PLAN_REFUSAL}"); it needs protection with 2 approving reviews.`,
    );
    expect(plan.details).toMatchObject({ protected: false });
  });

  it('reads a 404 for the rules as no ruleset, and rulesets refused on the plan as none', async () => {
    const notFound = await observe({
      protection: strictProtection(2),
      rules: () => githubError(404, 'Not Found'),
    });
    expect(notFound.result).toBe('pass');

    const plan = await observe({
      protection: strictProtection(2),
      rules: () => githubError(403, PLAN_REFUSAL),
    });
    expect(plan.result).toBe('pass');
    expect(plan.details).toMatchObject({
      rulesets: `rulesets are not available on its plan (GitHub: "${PLAN_REFUSAL}")`,
    });
  });

  it('passes on a ruleset alone when classic protection is hidden from the token, saying so', async () => {
    const observation = await observe({
      ...rulesetOnly(OWN),
      protection: () =>
        githubError(403, 'Resource not accessible by integration'),
    });
    expect(observation.result).toBe('pass');
    expect(observation.summary).toMatch(
      /force pushes and deletion refused; branch protection not read \(GitHub refused access \(HTTP 403: Resource not accessible by integration\); reading branch protection needs administration read access to the repository\), but what was read meets the check\.$/,
    );
    expect(observation.details).toMatchObject({
      notRead: [{ source: 'branch protection', status: 403 }],
    });
  });

  it('is an error when an unread source might hold what the others lack', async () => {
    const hiddenClassic = await observe({
      ...rulesetOnly(OWN, [], 1),
      protection: () => githubError(502, 'Bad Gateway'),
    });
    expect(hiddenClassic.result).toBe('error');
    expect(hiddenClassic.summary).toBe(
      "Protection of main of localplus/svc-ledger not fully read: branch protection: GitHub answered HTTP 502: Bad Gateway; what was read (ruleset 'main protection' of repository localplus/svc-ledger) leaves pull requests need 1 approving review (2 required for T0).",
    );
    expect(hiddenClassic.details).toMatchObject({
      missing: [],
      unverified: ['reviews'],
    });

    const hiddenRules = await observe({
      protection: 'unprotected',
      rules: () => githubError(403, 'Resource not accessible by integration'),
    });
    expect(hiddenRules).toMatchObject({
      result: 'error',
      summary:
        'Branch protection of localplus/svc-ledger not read: the rulesets: GitHub refused access to the rules of main (HTTP 403: Resource not accessible by integration).',
    });
  });

  it('changes nothing on a hostile rules answer: classic protection still decides, the answer is named', async () => {
    const observation = await observe({
      protection: strictProtection(2),
      rules: () =>
        new Response(JSON.stringify([{ type: { $gt: '' }, ruleset_id: 1 }]), {
          headers: { 'content-type': 'application/json' },
        }),
    });
    expect(observation.result).toBe('pass');
    expect(observation.details).toMatchObject({
      notRead: [
        {
          source: 'the rulesets',
          reason:
            'GitHub answered rules GitHub never writes (0.type is malformed)',
        },
      ],
    });

    const alone = await observe({
      protection: 'unprotected',
      rules: () => new Response('<html>proxy</html>', { status: 200 }),
    });
    expect(alone.result).toBe('error');
    expect(alone.summary).toMatch(
      /^Branch protection of localplus\/svc-ledger not read: the rulesets: GitHub answered rules GitHub never writes/,
    );
  });

  it('shows a hostile ruleset name on one line, shortened', async () => {
    const observation = await observe({
      ...rulesetOnly(OWN),
      rulesets: {
        7: rulesetBody(7, `evil\nname ${'x'.repeat(500)}`, OWN, []),
      },
    });
    expect(observation.result).toBe('pass');
    expect(observation.summary).toContain(
      `ruleset 'evil name ${'x'.repeat(
        70,
      )}…' of repository localplus/svc-ledger`,
    );
  });

  it('stops the run when the rate limit runs out on the rules', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    github.serve(
      Object.fromEntries(
        names.map(name => [
          `localplus/${name}`,
          {
            protection: strictProtection(1),
            rules: () =>
              githubError(403, 'API rate limit exceeded', {
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': '1796000000',
              }),
          },
        ]),
      ),
    );
    const observations = await githubCollector(
      names.map(name => component(name, `localplus/${name}`)),
    ).collect(collectionContext());
    expect(new Set(observations.map(o => o.result))).toEqual(
      new Set(['error']),
    );
    expect(observations[5].summary).toContain(
      'not asked, as an earlier request of this run failed',
    );
  });
});
