import { HttpResponse } from 'msw';
import {
  githubError,
  REPOSITORY_ADMIN_BYPASS,
  rulesetBody,
  setupGithubApiMock,
  testOctokit,
  TOKEN,
} from '../__testUtils__/githubApiMock';
import { readRuleset } from './readRuleset';

const github = setupGithubApiMock();

const SLUG = { owner: 'localplus', name: 'svc-ledger' };
const ORGANISATION = {
  sourceType: 'Organization',
  source: 'localplus',
} as const;

/** readRuleset 42 through localplus/svc-ledger, GitHub answering `answer`. */
function readAnswering(answer: Record<string, unknown> | (() => Response)) {
  github.serve({ 'localplus/svc-ledger': { rulesets: { 42: answer } } });
  return readRuleset(testOctokit(), SLUG, 42, {
    signal: new AbortController().signal,
    token: TOKEN,
  });
}

describe('readRuleset', () => {
  it("reads an organisation's ruleset through the repository, with its bypass list", async () => {
    const reading = await readAnswering(
      rulesetBody(42, 'main protection', ORGANISATION, [
        REPOSITORY_ADMIN_BYPASS,
        { actor_id: null, actor_type: 'DeployKey' },
      ]),
    );
    expect(reading).toEqual({
      state: 'read',
      name: 'main protection',
      sourceType: 'Organization',
      source: 'localplus',
      bypass: {
        state: 'read',
        actors: [
          { actorType: 'RepositoryRole', actorId: 5, bypassMode: 'always' },
          // GitHub's default mode when it names none.
          { actorType: 'DeployKey', actorId: null, bypassMode: 'always' },
        ],
      },
    });
    expect(github.calls.map(call => call.path + call.query)).toEqual([
      '/repos/localplus/svc-ledger/rulesets/42?includes_parents=true',
    ]);
  });

  it('says who may bypass it is unknown when GitHub leaves bypass_actors out', async () => {
    const reading = await readAnswering(
      rulesetBody(42, 'main protection', ORGANISATION),
    );
    expect(reading).toEqual({
      state: 'read',
      name: 'main protection',
      sourceType: 'Organization',
      source: 'localplus',
      bypass: {
        state: 'unread',
        reason:
          'GitHub did not list who may bypass it: it shows bypass_actors only to a token with write access to the ruleset',
      },
    });
  });

  it('reports a ruleset GitHub does not show, without the token', async () => {
    expect(
      await readAnswering(() => githubError(404, `Not Found for ${TOKEN}`)),
    ).toEqual({
      state: 'unread',
      reason:
        'GitHub did not show the ruleset to the token (HTTP 404: Not Found for ***)',
    });
  });

  it('stops the run on a refused token', async () => {
    expect(
      await readAnswering(() => githubError(401, 'Bad credentials')),
    ).toMatchObject({
      state: 'stopped',
      failure: { status: 401, stopsRun: true },
    });
  });

  it.each([
    ['a list', [], 'not the shape GitHub writes'],
    [
      'no name',
      { ...rulesetBody(42, 'x', ORGANISATION), name: undefined },
      'name is malformed',
    ],
    [
      'an unknown enforcement',
      { ...rulesetBody(42, 'x', ORGANISATION), enforcement: 'sometimes' },
      'enforcement is malformed',
    ],
    [
      'bypass actors as text',
      { ...rulesetBody(42, 'x', ORGANISATION), bypass_actors: 'admins' },
      'bypass_actors is malformed',
    ],
    [
      'an actor without a type',
      {
        ...rulesetBody(42, 'x', ORGANISATION),
        bypass_actors: [{ actor_id: 5 }],
      },
      'bypass_actors.0.actor_type is malformed',
    ],
    [
      'a bypass list longer than any GitHub writes',
      {
        ...rulesetBody(42, 'x', ORGANISATION),
        bypass_actors: Array.from(
          { length: 1001 },
          () => REPOSITORY_ADMIN_BYPASS,
        ),
      },
      'bypass_actors is malformed',
    ],
  ])(
    'does not read who may bypass a ruleset answered with %s',
    async (_case, body, problem) => {
      expect(await readAnswering(() => HttpResponse.json(body))).toEqual({
        state: 'unread',
        reason: `GitHub answered a ruleset GitHub never writes (${problem})`,
      });
    },
  );

  it('does not take another ruleset for the one asked for', async () => {
    expect(
      await readAnswering(rulesetBody(7, 'other', ORGANISATION, [])),
    ).toEqual({
      state: 'unread',
      reason: 'GitHub answered ruleset 7 when asked for ruleset 42',
    });
  });
});
