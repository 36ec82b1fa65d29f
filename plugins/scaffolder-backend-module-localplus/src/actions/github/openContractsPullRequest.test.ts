import yaml from 'yaml';
import {
  createTestContext,
  failureOf,
  githubIntegrations,
} from './__testUtils__/actionTestKit';
import { createCheckpointStore } from './__testUtils__/checkpointStore';
import {
  answerContractsCalls,
  AUDIT_PROTO,
  BRANCH,
  contractsConfig,
  decodeBlob,
  LEDGER_PROTO,
  MONEY_PROTO,
  PR_URL,
  REPO,
  TOKEN,
  useContractsWorkspace,
} from './__testUtils__/contractsFixture';
import {
  forbidden,
  json,
  RATE_LIMIT_RESET_ISO,
  rateLimited,
  setupGithubApiMock,
} from './__testUtils__/githubApiMock';
import { createOpenContractsPullRequestAction } from './openContractsPullRequest';

describe('localplus:contracts:open-pull-request', () => {
  const github = setupGithubApiMock();
  const action = createOpenContractsPullRequestAction({
    integrations: githubIntegrations(TOKEN),
    config: contractsConfig,
  });
  const answerAll = () => answerContractsCalls(github);
  const workspace = useContractsWorkspace();
  const context = (input: object) =>
    createTestContext(input, workspace.workspace);

  it('pushes the protos to a new branch and opens the pull request', async () => {
    answerAll();
    const { ctx } = context({
      serviceName: 'svc-ledger',
      title: 'Add the ledger contracts',
      description: 'Ledger gRPC API, first version.',
    });

    await action.handler(ctx);

    const blobCall = { method: 'POST', path: `${REPO}/git/blobs` };
    expect(github.requests()).toEqual([
      { method: 'GET', path: REPO },
      { method: 'GET', path: `${REPO}/git/ref/heads%2Fmain` },
      { method: 'GET', path: `${REPO}/git/commits/base-commit-sha` },
      {
        ...blobCall,
        body: { content: expect.any(String), encoding: 'base64' },
      },
      {
        ...blobCall,
        body: { content: expect.any(String), encoding: 'base64' },
      },
      {
        ...blobCall,
        body: { content: expect.any(String), encoding: 'base64' },
      },
      {
        method: 'POST',
        path: `${REPO}/git/trees`,
        body: {
          base_tree: 'base-tree-sha',
          tree: [
            'localplus/ledger/v1/internal/audit.proto',
            'localplus/ledger/v1/ledger.proto',
            'localplus/ledger/v1/money.proto',
          ].map((file, index) => ({
            path: file,
            mode: '100644',
            type: 'blob',
            sha: `blob-sha-${index + 1}`,
          })),
        },
      },
      {
        method: 'POST',
        path: `${REPO}/git/commits`,
        body: {
          message: 'Add the protobuf contracts of svc-ledger',
          tree: 'new-tree-sha',
          parents: ['base-commit-sha'],
        },
      },
      {
        method: 'POST',
        path: `${REPO}/git/refs`,
        body: { ref: `refs/heads/${BRANCH}`, sha: 'new-commit-sha' },
      },
      {
        method: 'POST',
        path: `${REPO}/pulls`,
        body: {
          head: BRANCH,
          base: 'main',
          title: 'Add the ledger contracts',
          body: 'Ledger gRPC API, first version.',
        },
      },
    ]);
    expect(github.calls.slice(3, 6).map(decodeBlob)).toEqual([
      AUDIT_PROTO,
      LEDGER_PROTO,
      MONEY_PROTO,
    ]);
    expect(github.calls.every(c => c.authorization === `token ${TOKEN}`)).toBe(
      true,
    );
    expect(ctx.output).toHaveBeenCalledWith('pullRequestUrl', PR_URL);
    expect(ctx.output).toHaveBeenCalledWith('pullRequestNumber', 42);
    expect(ctx.output).toHaveBeenCalledWith('branch', BRANCH);
  });

  it('uses the given base branch and target path, and a default title and body', async () => {
    answerAll();
    const { ctx } = context({
      serviceName: 'svc-ledger',
      baseBranch: 'release/2024',
      targetPath: 'services/ledger/',
    });

    await action.handler(ctx);

    const paths = github.calls.map(c => `${c.method} ${c.path}`);
    expect(paths[0]).toBe(`GET ${REPO}/git/ref/heads%2Frelease%2F2024`);
    expect(paths).not.toContain(`GET ${REPO}`);
    const tree = github.calls.find(c => c.path === `${REPO}/git/trees`);
    expect(
      (tree?.body as { tree: { path: string }[] }).tree.map(
        entry => entry.path,
      ),
    ).toEqual([
      'services/ledger/localplus/ledger/v1/internal/audit.proto',
      'services/ledger/localplus/ledger/v1/ledger.proto',
      'services/ledger/localplus/ledger/v1/money.proto',
    ]);
    const pull = github.calls.find(c => c.path === `${REPO}/pulls`);
    expect(pull?.body).toMatchObject({
      base: 'release/2024',
      title: 'Add the contracts of svc-ledger',
    });
    expect((pull?.body as { body: string }).body).toContain(
      '- `services/ledger/localplus/ledger/v1/ledger.proto`',
    );
  });

  it('fails naming the branch when it already exists, without opening a pull request', async () => {
    answerAll();
    github.handle('post', `${REPO}/git/refs`, () =>
      json({ message: 'Reference already exists' }, 422),
    );
    const { ctx } = context({ serviceName: 'svc-ledger' });

    await expect(action.handler(ctx)).rejects.toThrow(
      `Could not create branch ${BRANCH} in localplus/contracts-proto: the branch already exists`,
    );
    expect(github.calls.map(c => c.path)).not.toContain(`${REPO}/pulls`);
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('explains that uploading needs write access to the contents', async () => {
    answerAll();
    github.handle('post', `${REPO}/git/blobs`, () => forbidden());
    const { ctx } = context({ serviceName: 'svc-ledger' });

    await expect(action.handler(ctx)).rejects.toThrow(
      'Could not upload localplus/ledger/v1/internal/audit.proto to localplus/contracts-proto: the token is missing a permission; it needs write access to the repository contents (fine-grained: Contents write; classic: repo)',
    );
    expect(github.calls.filter(c => c.method === 'POST')).toHaveLength(1);
  });

  it.each([403, 429] as const)(
    'reports the rate limit on %s when opening the pull request',
    async status => {
      answerAll();
      github.handle('post', `${REPO}/pulls`, () => rateLimited(status));
      const { ctx } = context({ serviceName: 'svc-ledger' });

      await expect(action.handler(ctx)).rejects.toThrow(
        `Could not open a pull request from ${BRANCH} into main of localplus/contracts-proto: GitHub API rate limit exceeded; resets at ${RATE_LIMIT_RESET_ISO}`,
      );
    },
  );

  it('resumes after the last successful call when the task is retried', async () => {
    answerAll();
    github.handle('post', `${REPO}/pulls`, () => rateLimited());
    const store = createCheckpointStore();
    const first = context({ serviceName: 'svc-ledger' });
    first.ctx.checkpoint = store.checkpoint;
    await expect(action.handler(first.ctx)).rejects.toThrow(/rate limit/);

    github.calls.length = 0;
    github.handle('post', `${REPO}/pulls`, () =>
      json({ html_url: PR_URL, number: 42 }, 201),
    );
    const second = context({ serviceName: 'svc-ledger' });
    second.ctx.checkpoint = store.checkpoint;
    await action.handler(second.ctx);

    expect(github.requests()).toEqual([
      {
        method: 'POST',
        path: `${REPO}/pulls`,
        body: expect.objectContaining({ head: BRANCH, base: 'main' }),
      },
    ]);
    expect(second.ctx.output).toHaveBeenCalledWith('pullRequestNumber', 42);
  });

  it('takes the repository from the input over the config', async () => {
    github.handle('get', '/repos/localplus/contracts-sandbox', () =>
      json({ default_branch: 'trunk' }),
    );
    github.handle(
      'get',
      '/repos/localplus/contracts-sandbox/git/ref/heads%2Ftrunk',
      () => json({ message: 'Not Found' }, 404),
    );
    const { ctx } = context({
      serviceName: 'svc-ledger',
      repoUrl: 'github.com?owner=localplus&repo=contracts-sandbox',
    });

    await expect(action.handler(ctx)).rejects.toThrow(
      'Could not read branch trunk of localplus/contracts-sandbox: branch trunk does not exist in localplus/contracts-sandbox',
    );
  });

  it('never writes the token to the log or to its errors', async () => {
    answerAll();
    const success = context({
      serviceName: 'svc-ledger',
      token: 'ghs_fromInput123',
    });
    await action.handler(success.ctx);
    github.handle('post', `${REPO}/git/refs`, () =>
      json({ message: 'Bad credentials' }, 401),
    );
    const failure = context({ serviceName: 'svc-ledger' });
    const error = await failureOf(action.handler(failure.ctx));

    expect(error.message).toMatch(/GitHub rejected the credentials/);
    const written = [...success.lines, ...failure.lines, error.message].join(
      '\n',
    );
    expect(success.lines.join('\n')).toContain(PR_URL);
    expect(written).not.toContain('ghs_fromInput123');
    expect(written).not.toContain(TOKEN);
  });

  it('declares its schema, examples and no dry-run support', () => {
    expect(action.id).toBe('localplus:contracts:open-pull-request');
    expect(action.supportsDryRun).toBeFalsy();
    const input = action.schema?.input as any;
    expect(input.required).toEqual(['serviceName']);
    expect(input.properties.sourcePath.default).toBe('proto');
    expect(input.properties.targetPath.default).toBe('');
    expect(Object.keys((action.schema?.output as any).properties)).toEqual([
      'pullRequestUrl',
      'pullRequestNumber',
      'branch',
    ]);
    for (const example of action.examples ?? []) {
      expect(yaml.parse(example.example).steps[0].action).toBe(action.id);
    }
  });
});
