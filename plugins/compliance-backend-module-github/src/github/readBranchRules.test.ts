import { HttpResponse } from 'msw';
import {
  FakeRepository,
  githubError,
  setupGithubApiMock,
  strictRulesetRules,
  testOctokit,
  TOKEN,
} from '../__testUtils__/githubApiMock';
import { MAX_RULE_PAGES, readBranchRules } from './readBranchRules';

const github = setupGithubApiMock();

const SLUG = { owner: 'localplus', name: 'svc-ledger' };
const REPOSITORY = {
  sourceType: 'Repository',
  source: 'localplus/svc-ledger',
} as const;
const ORGANISATION = {
  sourceType: 'Organization',
  source: 'localplus',
} as const;

/** readBranchRules of main of localplus/svc-ledger, GitHub answering `rules`. */
function readRules(rules: FakeRepository['rules']) {
  github.serve({ 'localplus/svc-ledger': { rules } });
  return readBranchRules(testOctokit(), SLUG, 'main', {
    signal: new AbortController().signal,
    token: TOKEN,
  });
}

describe('readBranchRules', () => {
  it('groups the rules the check reads by ruleset, keeping where each comes from', async () => {
    const reading = await readRules([
      ...strictRulesetRules(11, REPOSITORY, 1),
      ...strictRulesetRules(22, ORGANISATION, 2).filter(
        rule => rule.type !== 'deletion',
      ),
      {
        type: 'required_status_checks',
        parameters: {
          required_status_checks: [{ context: 'ci' }],
          strict_required_status_checks_policy: true,
        },
        ruleset_source_type: 'Repository',
        ruleset_source: 'localplus/svc-ledger',
        ruleset_id: 11,
      },
    ]);
    expect(reading).toEqual({
      state: 'read',
      otherRules: 3,
      rulesets: [
        {
          id: 11,
          sourceType: 'Repository',
          source: 'localplus/svc-ledger',
          blocksDeletion: true,
          blocksForcePushes: true,
          pullRequest: {
            approvingReviews: 1,
            dismissStaleReviews: true,
            requireCodeOwnerReviews: false,
          },
        },
        {
          id: 22,
          sourceType: 'Organization',
          source: 'localplus',
          blocksDeletion: false,
          blocksForcePushes: true,
          pullRequest: {
            approvingReviews: 2,
            dismissStaleReviews: true,
            requireCodeOwnerReviews: false,
          },
        },
      ],
    });
    expect(github.paths()).toEqual([
      '/repos/localplus/svc-ledger/rules/branches/main',
    ]);
  });

  it('reads every page, asking for them by number, and a rule on the last counts', async () => {
    const filler = Array.from({ length: 150 }, () => ({
      type: 'required_signatures',
      ruleset_source_type: 'Organization',
      ruleset_source: 'localplus',
      ruleset_id: 99,
    }));
    const reading = await readRules([
      ...filler,
      { type: 'deletion', ruleset_id: 7 },
    ]);
    expect(reading).toEqual({
      state: 'read',
      otherRules: 150,
      rulesets: [{ id: 7, blocksDeletion: true, blocksForcePushes: false }],
    });
    expect(github.paths()).toHaveLength(2);
  });

  it('holds a pull request rule without parameters to no review, and a ruleset with two to the stricter', async () => {
    const reading = await readRules([
      { type: 'pull_request', ruleset_id: 5 },
      {
        type: 'pull_request',
        ruleset_id: 6,
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: false,
          require_code_owner_review: true,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
        },
      },
      {
        type: 'pull_request',
        ruleset_id: 6,
        parameters: {
          required_approving_review_count: 3,
          dismiss_stale_reviews_on_push: true,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false,
        },
      },
    ]);
    expect(reading.state === 'read' && reading.rulesets).toEqual([
      {
        id: 5,
        blocksDeletion: false,
        blocksForcePushes: false,
        pullRequest: {
          approvingReviews: 0,
          dismissStaleReviews: false,
          requireCodeOwnerReviews: false,
        },
      },
      {
        id: 6,
        blocksDeletion: false,
        blocksForcePushes: false,
        pullRequest: {
          approvingReviews: 3,
          dismissStaleReviews: true,
          requireCodeOwnerReviews: true,
        },
      },
    ]);
  });

  it('reads a 404 as no rulesets, and GitHub refusing the feature on the plan as such', async () => {
    expect(await readRules(() => githubError(404, 'Not Found'))).toEqual({
      state: 'read',
      rulesets: [],
      otherRules: 0,
    });
    const message =
      'Upgrade to GitHub Pro or make this repository public to enable this feature.';
    expect(await readRules(() => githubError(403, message))).toEqual({
      state: 'unavailable',
      githubMessage: message,
    });
  });

  it('says a refusal is one, and a used-up rate limit stops the run', async () => {
    expect(
      await readRules(() =>
        githubError(403, `Resource not accessible by integration ${TOKEN}`),
      ),
    ).toMatchObject({
      state: 'unreadable',
      failure: {
        reason:
          'GitHub refused access to the rules of main (HTTP 403: Resource not accessible by integration ***)',
        stopsRun: false,
      },
    });
    expect(
      await readRules(() =>
        githubError(403, 'API rate limit exceeded', {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1800000000',
        }),
      ),
    ).toMatchObject({ state: 'unreadable', failure: { stopsRun: true } });
  });

  it.each([
    [
      'an object, not a list',
      { message: 'hello' },
      'not the shape GitHub writes',
    ],
    ['a rule without a type', [{ ruleset_id: 1 }], '0.type is malformed'],
    [
      'a ruleset id as text',
      [{ type: 'deletion', ruleset_id: '1' }],
      '0.ruleset_id is malformed',
    ],
    [
      'a negative ruleset id',
      [{ type: 'deletion', ruleset_id: -4 }],
      '0.ruleset_id is malformed',
    ],
    [
      'a review count as text',
      [
        {
          type: 'pull_request',
          ruleset_id: 1,
          parameters: {
            required_approving_review_count: '2',
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
          },
        },
      ],
      '0.parameters.required_approving_review_count is malformed',
    ],
    [
      'pull request parameters missing a required field',
      [
        {
          type: 'pull_request',
          ruleset_id: 1,
          parameters: { required_approving_review_count: 2 },
        },
      ],
      '0.parameters.dismiss_stale_reviews_on_push is malformed',
    ],
  ])('refuses %s, using none of it', async (_case, body, problem) => {
    const reading = await readRules(() => HttpResponse.json(body));
    expect(reading).toEqual({
      state: 'unreadable',
      failure: {
        reason: `GitHub answered rules GitHub never writes (${problem})`,
        stopsRun: false,
      },
    });
  });

  it('refuses a page longer than GitHub pages', async () => {
    const reading = await readRules(() =>
      HttpResponse.json(
        Array.from({ length: 5000 }, () => ({ type: 'deletion' })),
      ),
    );
    expect(reading).toEqual({
      state: 'unreadable',
      failure: {
        reason:
          'GitHub answered 5000 rules on a page of at most 100; none was used',
        stopsRun: false,
      },
    });
  });

  it(`stops after ${MAX_RULE_PAGES} pages of a list that never ends`, async () => {
    const full = Array.from({ length: 100 }, () => ({ type: 'deletion' }));
    const reading = await readRules(() =>
      HttpResponse.json(full, {
        headers: {
          link: '<https://elsewhere.example/steal?page=2>; rel="next"',
        },
      }),
    );
    expect(reading).toEqual({
      state: 'unreadable',
      failure: {
        reason: 'GitHub listed more than 1000 rules for main; none was used',
        stopsRun: false,
      },
    });
    // Never the link's address: only GitHub's own, page by page.
    expect(new Set(github.paths())).toEqual(
      new Set(['/repos/localplus/svc-ledger/rules/branches/main']),
    );
    expect(github.paths()).toHaveLength(MAX_RULE_PAGES);
  });
});
