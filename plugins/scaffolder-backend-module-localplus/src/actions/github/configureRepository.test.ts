import { delay } from 'msw';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'yaml';
import {
  createTestContext,
  failureOf,
  githubIntegrations,
} from './__testUtils__/actionTestKit';
import { createCheckpointStore } from './__testUtils__/checkpointStore';
import {
  answerConfigureCalls,
  baseInput,
  HTML_URL,
  INPUT_TOKEN,
  INTEGRATION_TOKEN,
  PROTECTION_PATH,
  REPO_PATH,
  TEAM_PATH,
  TOPICS_PATH,
} from './__testUtils__/configureRepositoryFixture';
import {
  forbidden,
  json,
  RATE_LIMIT_RESET_ISO,
  rateLimited,
  setupGithubApiMock,
} from './__testUtils__/githubApiMock';
import { createConfigureGithubRepositoryAction } from './configureRepository';

describe('localplus:github:configure-repository', () => {
  const github = setupGithubApiMock();
  const action = createConfigureGithubRepositoryAction({
    integrations: githubIntegrations(INTEGRATION_TOKEN),
    requestTimeoutMs: 200,
  });
  const answerAll = () => answerConfigureCalls(github);

  let workspacePath: string;
  beforeAll(async () => {
    workspacePath = await fs.mkdtemp(path.join(os.tmpdir(), 'configure-repo-'));
  });
  afterAll(() => fs.rm(workspacePath, { recursive: true, force: true }));
  const context = (input: object) => createTestContext(input, workspacePath);

  it('grants the team, protects main and sets topics, in that order', async () => {
    answerAll();
    const { ctx } = context(baseInput);

    await action.handler(ctx);

    expect(github.requests()).toEqual([
      { method: 'GET', path: REPO_PATH },
      { method: 'PUT', path: TEAM_PATH, body: { permission: 'maintain' } },
      {
        method: 'PUT',
        path: PROTECTION_PATH,
        body: {
          required_status_checks: { strict: true, contexts: ['ci'] },
          enforce_admins: true,
          required_pull_request_reviews: {
            dismiss_stale_reviews: true,
            require_code_owner_reviews: true,
            required_approving_review_count: 1,
          },
          restrictions: null,
          required_linear_history: true,
          allow_force_pushes: false,
          allow_deletions: false,
        },
      },
      {
        method: 'PUT',
        path: TOPICS_PATH,
        body: { names: ['localplus', 'svc'] },
      },
    ]);
    expect(github.calls.map(call => call.authorization)).toEqual(
      Array(4).fill(`token ${INTEGRATION_TOKEN}`),
    );
    expect(ctx.output).toHaveBeenCalledTimes(1);
    expect(ctx.output).toHaveBeenCalledWith('repositoryUrl', HTML_URL);
  });

  it('applies the permission, approvals, checks and token it is given', async () => {
    answerAll();
    const { ctx } = context({
      ...baseInput,
      permission: 'admin',
      requiredApprovals: 2,
      requiredStatusChecks: ['ci', 'lint / buf', 'test (3.12)'],
      topics: ['localplus', 'svc', 'localplus'],
      token: INPUT_TOKEN,
    });

    await action.handler(ctx);

    const [, team, protection, topics] = github.calls;
    expect(team.body).toEqual({ permission: 'admin' });
    expect(protection.body).toMatchObject({
      required_status_checks: {
        strict: true,
        contexts: ['ci', 'lint / buf', 'test (3.12)'],
      },
      required_pull_request_reviews: { required_approving_review_count: 2 },
    });
    expect(topics.body).toEqual({ names: ['localplus', 'svc'] });
    expect(
      github.calls.every(c => c.authorization === `token ${INPUT_TOKEN}`),
    ).toBe(true);
  });

  it('leaves topics alone when none are given and drops empty status checks', async () => {
    answerAll();
    const { ctx } = context({
      ...baseInput,
      topics: [],
      requiredStatusChecks: [],
    });

    await action.handler(ctx);

    expect(github.requests().map(r => `${r.method} ${r.path}`)).toEqual([
      `GET ${REPO_PATH}`,
      `PUT ${TEAM_PATH}`,
      `PUT ${PROTECTION_PATH}`,
    ]);
    expect(github.calls[2].body).toMatchObject({
      required_status_checks: null,
    });
  });

  it('explains a missing permission on branch protection and stops there', async () => {
    answerAll();
    github.handle('put', PROTECTION_PATH, () => forbidden());
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      'Could not protect branch main of localplus/svc-ledger: the token is missing a permission; it needs admin on the repository (fine-grained: Administration write; classic: repo) (GitHub said: Resource not accessible by integration)',
    );
    expect(github.calls.map(c => c.path)).not.toContain(TOPICS_PATH);
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it.each([403, 429] as const)(
    'reports the rate limit and its reset time on %s',
    async status => {
      answerAll();
      github.handle('put', TEAM_PATH, () => rateLimited(status));
      const { ctx } = context(baseInput);

      await expect(action.handler(ctx)).rejects.toThrow(
        `Could not give team payments-team maintain permission on localplus/svc-ledger: GitHub API rate limit exceeded; resets at ${RATE_LIMIT_RESET_ISO}`,
      );
    },
  );

  it('passes on the validation messages of a 422', async () => {
    answerAll();
    github.handle('put', TOPICS_PATH, () =>
      json(
        {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'Repository',
              field: 'topics',
              code: 'invalid',
              message: 'Topics must be 50 characters or less',
            },
            'svc is a reserved topic',
          ],
        },
        422,
      ),
    );
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      'Could not set the topics of localplus/svc-ledger: GitHub validation failed: Topics must be 50 characters or less; svc is a reserved topic',
    );
  });

  it('says which team is missing on a 404', async () => {
    answerAll();
    github.handle('put', TEAM_PATH, () => json({ message: 'Not Found' }, 404));
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      /team payments-team does not exist in organisation localplus/,
    );
  });

  it('says that the repository must be published first on a 404 of the repository', async () => {
    github.handle('get', REPO_PATH, () => json({ message: 'Not Found' }, 404));
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      /repository localplus\/svc-ledger does not exist; publish it \(publish:github\)/,
    );
    expect(github.requestCount()).toBe(1);
  });

  it('reports bad credentials on a 401', async () => {
    github.handle('get', REPO_PATH, () =>
      json({ message: 'Bad credentials' }, 401),
    );
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      /Could not read repository localplus\/svc-ledger: GitHub rejected the credentials \(bad credentials\)/,
    );
  });

  it('gives up on a call that does not answer in time', async () => {
    github.handle('get', REPO_PATH, async () => {
      // Longer than the 200 ms deadline, short enough to end with the test.
      await delay(400);
      return json({ html_url: HTML_URL });
    });
    const { ctx } = context(baseInput);

    await expect(action.handler(ctx)).rejects.toThrow(
      'Could not read repository localplus/svc-ledger: GitHub could not be reached (GitHub did not answer within 200 ms)',
    );
  });

  it('does not repeat the calls that succeeded when the task is retried', async () => {
    answerAll();
    github.handle('put', TOPICS_PATH, () =>
      json({ message: 'Server Error' }, 502),
    );
    const store = createCheckpointStore();
    const first = context(baseInput);
    first.ctx.checkpoint = store.checkpoint;
    await expect(action.handler(first.ctx)).rejects.toThrow(
      'Could not set the topics of localplus/svc-ledger: GitHub answered 502: Server Error',
    );

    github.calls.length = 0;
    github.handle('put', TOPICS_PATH, ({ body }) => json(body as object));
    const second = context(baseInput);
    second.ctx.checkpoint = store.checkpoint;
    await action.handler(second.ctx);

    expect(github.requests().map(r => `${r.method} ${r.path}`)).toEqual([
      `GET ${REPO_PATH}`,
      `PUT ${TOPICS_PATH}`,
    ]);
    expect(second.ctx.output).toHaveBeenCalledWith('repositoryUrl', HTML_URL);
  });

  it('never writes the token to the log or to its errors', async () => {
    answerAll();
    const success = context({ ...baseInput, token: INPUT_TOKEN });
    await action.handler(success.ctx);
    github.handle('put', PROTECTION_PATH, () => forbidden());
    const failure = context(baseInput);
    const error = await failureOf(action.handler(failure.ctx));

    const written = [...success.lines, ...failure.lines, error.message].join(
      '\n',
    );
    expect(success.lines.length).toBeGreaterThan(0);
    expect(written).not.toContain(INPUT_TOKEN);
    expect(written).not.toContain(INTEGRATION_TOKEN);
  });

  it('declares its schema, examples and no dry-run support', () => {
    expect(action.id).toBe('localplus:github:configure-repository');
    expect(action.supportsDryRun).toBeFalsy();
    const properties = (action.schema?.input as any).properties;
    expect(properties.permission.default).toBe('maintain');
    expect(properties.requiredApprovals.default).toBe(1);
    expect(properties.requiredStatusChecks.default).toEqual(['ci']);
    expect((action.schema?.input as any).required).toEqual(['repoUrl', 'team']);
    expect(action.examples?.length).toBeGreaterThan(0);
    for (const example of action.examples ?? []) {
      expect(yaml.parse(example.example).steps[0].action).toBe(action.id);
    }
  });
});
