import { mockServices } from '@backstage/backend-test-utils';
import { delay } from 'msw';
import {
  ENTERPRISE_API,
  GITHUB_API,
  json,
  setupGithubApiMock,
} from './__testUtils__/githubApiMock';
import { failureOf } from './__testUtils__/failureOf';
import { createOctokit, DEFAULT_GITHUB_TIMEOUT_MS } from './createOctokit';
import { isGithubDeadlineError } from './fetchWithDeadline';

const github = setupGithubApiMock();
const REPO_URL = `${GITHUB_API}/repos/localplus/docs`;
const TOKEN = 'ghp_portalTestToken0123456789abcdefABCD';

const octokit = (options: object = {}) =>
  createOctokit({
    baseUrl: GITHUB_API,
    userAgent: 'localplus-portal-test',
    logger: mockServices.logger.mock(),
    ...options,
  });

describe('createOctokit', () => {
  it('calls baseUrl with the token and the user agent', async () => {
    github.get(`${ENTERPRISE_API}/repos/localplus/docs`, () =>
      json({ full_name: 'localplus/docs' }),
    );

    const { data } = await octokit({
      baseUrl: ENTERPRISE_API,
      token: TOKEN,
    }).rest.repos.get({ owner: 'localplus', repo: 'docs' });

    expect(data.full_name).toBe('localplus/docs');
    expect(github.calls).toEqual([
      expect.objectContaining({
        authorization: `token ${TOKEN}`,
        userAgent: expect.stringMatching(/^localplus-portal-test /),
      }),
    ]);
  });

  it('sends no Authorization header without a token', async () => {
    github.get(REPO_URL, () => json({ full_name: 'localplus/docs' }));

    await octokit().rest.repos.get({ owner: 'localplus', repo: 'docs' });

    expect(github.calls).toEqual([
      expect.objectContaining({ authorization: null }),
    ]);
  });

  it('gives up on a call that does not answer within timeoutMs', async () => {
    github.get(REPO_URL, async () => {
      // Longer than the deadline, short enough to end with the test.
      await delay(500);
      return json({ full_name: 'localplus/docs' });
    });
    const started = Date.now();

    const error = await failureOf(
      octokit({ timeoutMs: 50 }).rest.repos.get({
        owner: 'localplus',
        repo: 'docs',
      }),
    );

    expect(error.message).toBe('GitHub did not answer within 50 ms');
    expect(isGithubDeadlineError(error)).toBe(true);
    // Octokit reports it as a request that got no answer.
    expect(error).toMatchObject({ name: 'HttpError', status: 500 });
    expect(error).not.toHaveProperty('response');
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('waits 30 seconds by default', () => {
    expect(DEFAULT_GITHUB_TIMEOUT_MS).toBe(30_000);
  });

  it('ends a call when the signal aborts, with the abort and not the deadline', async () => {
    const controller = new AbortController();
    github.get(REPO_URL, async () => {
      controller.abort();
      await delay(500);
      return json({ full_name: 'localplus/docs' });
    });
    const started = Date.now();

    const error = await failureOf(
      octokit({ signal: controller.signal }).rest.repos.get({
        owner: 'localplus',
        repo: 'docs',
      }),
    );

    expect(error.name).toBe('AbortError');
    expect(github.calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('asks nothing once the signal is aborted', async () => {
    github.get(REPO_URL, () => json({ full_name: 'localplus/docs' }));
    const controller = new AbortController();
    controller.abort();

    const error = await failureOf(
      octokit({ signal: controller.signal }).rest.repos.get({
        owner: 'localplus',
        repo: 'docs',
      }),
    );

    expect(error.name).toBe('AbortError');
    expect(github.calls).toEqual([]);
  });

  it("leaves a caller's own request timeout its own error", async () => {
    github.get(REPO_URL, async () => {
      await delay(500);
      return json({ full_name: 'localplus/docs' });
    });

    const error = await failureOf(
      octokit({ timeoutMs: 5_000 }).rest.repos.get({
        owner: 'localplus',
        repo: 'docs',
        request: { signal: AbortSignal.timeout(50) },
      }),
    );

    expect(error.message).not.toMatch(/GitHub did not answer within/);
    expect(isGithubDeadlineError(error)).toBe(false);
    expect(error.message).toMatch(/timeout/i);
  });

  it("passes on Octokit's deprecation warning, and not its request log", async () => {
    const logger = mockServices.logger.mock();
    github.get(REPO_URL, () =>
      json({ full_name: 'localplus/docs' }, 200, {
        deprecation: 'Sat, 01 Nov 2026 00:00:00 GMT',
        sunset: 'Sun, 01 Nov 2027 00:00:00 GMT',
      }),
    );
    github.get(`${GITHUB_API}/repos/localplus/gone`, () =>
      json({ message: 'Not Found' }, 404),
    );

    const client = octokit({ logger, token: TOKEN });
    await client.rest.repos.get({ owner: 'localplus', repo: 'docs' });
    await failureOf(
      client.rest.repos.get({ owner: 'localplus', repo: 'gone' }),
    );

    client.log.warn('octokit.rest.teams.old() is deprecated');

    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      'octokit.rest.teams.old() is deprecated',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        '"GET https://api.github.com/repos/localplus/docs" is deprecated',
      ),
    );
    expect(logger.info).not.toHaveBeenCalled();
    expect(logger.debug).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });
});
