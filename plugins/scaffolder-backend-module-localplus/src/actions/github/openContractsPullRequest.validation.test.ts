import { ConfigReader } from '@backstage/config';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  createTestContext,
  githubIntegrations,
} from './__testUtils__/actionTestKit';
import {
  contractsConfig,
  TOKEN,
  useContractsWorkspace,
  writeFile,
} from './__testUtils__/contractsFixture';
import { setupGithubApiMock } from './__testUtils__/githubApiMock';
import { createOpenContractsPullRequestAction } from './openContractsPullRequest';

/*
 * No handler is registered here: any request the action made would fail the
 * test through msw's unhandled-request error and the request counter.
 */
describe('localplus:contracts:open-pull-request input checks', () => {
  const github = setupGithubApiMock();
  const action = createOpenContractsPullRequestAction({
    integrations: githubIntegrations(TOKEN),
    config: contractsConfig,
  });
  const workspace = useContractsWorkspace();
  const context = (input: object) =>
    createTestContext(input, workspace.workspace);

  it('asks for a repository when neither the input nor the config names one', async () => {
    const unconfigured = createOpenContractsPullRequestAction({
      integrations: githubIntegrations(TOKEN),
      config: new ConfigReader({}),
    });
    const { ctx } = context({ serviceName: 'svc-ledger' });

    await expect(unconfigured.handler(ctx)).rejects.toThrow(
      'repoUrl: not given, and localplus.scaffolder.contractsRepository is not configured',
    );
    expect(github.requestCount()).toBe(0);
  });

  it('names the config key when the configured repository is invalid', async () => {
    const misconfigured = createOpenContractsPullRequestAction({
      integrations: githubIntegrations(TOKEN),
      config: new ConfigReader({
        localplus: {
          scaffolder: { contractsRepository: 'github.com?owner=localplus' },
        },
      }),
    });
    const { ctx } = context({ serviceName: 'svc-ledger' });

    await expect(misconfigured.handler(ctx)).rejects.toThrow(
      /^localplus\.scaffolder\.contractsRepository: .*missing repo/,
    );
    expect(github.requestCount()).toBe(0);
  });

  describe('refuses before any request', () => {
    it.each([
      ['serviceName', 'svc-$(rm -rf /)'],
      ['serviceName', 'svc-ledger; rm -rf /'],
      ['serviceName', 'svc-`id`'],
      ['serviceName', '${{ parameters.name }}'],
      ['serviceName', 'svc-../../etc'],
      ['serviceName', 'svc-Ledger'],
      ['serviceName', 'ledger'],
      ['serviceName', 'svc-'],
      ['serviceName', `svc-${'a'.repeat(200)}`],
      ['serviceName', `svc-${'a'.repeat(60)}`],
      ['sourcePath', '/etc'],
      ['sourcePath', 'proto; rm -rf /'],
      ['sourcePath', '$(pwd)'],
      ['targetPath', '../outside'],
      ['targetPath', 'proto/../../x'],
      ['targetPath', '/abs'],
      ['targetPath', '.github/workflows'],
      ['targetPath', '.'],
      ['targetPath', '/'],
      ['targetPath', './'],
      ['baseBranch', '../main'],
      ['baseBranch', 'main;reboot'],
      ['repoUrl', 'github.com?owner=localplus&repo=`id`'],
      ['title', '${{ secrets.GITHUB_TOKEN }}'],
      ['title', 'first line\nsecond line'],
      ['title', 'a'.repeat(201)],
      ['description', 'see {{ values.secret }}'],
    ])('%s = %j', async (field, value) => {
      const { ctx } = context({ serviceName: 'svc-ledger', [field]: value });

      await expect(action.handler(ctx)).rejects.toThrow(
        new RegExp(`(^|: )${field}: `),
      );
      expect(github.requestCount()).toBe(0);
    });

    it.each(['../outside/proto', '../../..', 'proto/../../outside/proto'])(
      'a sourcePath that leaves the workspace: %s',
      async sourcePath => {
        const { ctx } = context({ serviceName: 'svc-ledger', sourcePath });

        await expect(action.handler(ctx)).rejects.toThrow(
          'sourcePath: must stay inside the task workspace',
        );
        expect(github.requestCount()).toBe(0);
      },
    );

    it('a sourcePath that is a symbolic link out of the workspace', async () => {
      await fs.symlink(
        path.join(workspace.outside, 'proto'),
        path.join(workspace.workspace, 'linked'),
      );
      const { ctx } = context({
        serviceName: 'svc-ledger',
        sourcePath: 'linked',
      });

      await expect(action.handler(ctx)).rejects.toThrow(
        'sourcePath: must stay inside the task workspace',
      );
      expect(github.requestCount()).toBe(0);
    });

    it('a .proto file that is a symbolic link', async () => {
      await fs.symlink(
        path.join(workspace.outside, 'proto/secret.proto'),
        path.join(workspace.workspace, 'proto/secret.proto'),
      );
      const { ctx } = context({ serviceName: 'svc-ledger' });

      await expect(action.handler(ctx)).rejects.toThrow(
        'sourcePath: secret.proto is not a regular file (symbolic links are not followed)',
      );
      expect(github.requestCount()).toBe(0);
    });

    it('a sourcePath without .proto files', async () => {
      await writeFile(workspace.workspace, 'docs/index.md', '# docs\n');
      const { ctx } = context({
        serviceName: 'svc-ledger',
        sourcePath: 'docs',
      });

      await expect(action.handler(ctx)).rejects.toThrow(
        'sourcePath: contains no .proto files',
      );
      expect(github.requestCount()).toBe(0);
    });

    it('a sourcePath that does not exist', async () => {
      const { ctx } = context({ serviceName: 'svc-ledger', sourcePath: 'api' });

      await expect(action.handler(ctx)).rejects.toThrow(
        'sourcePath: directory does not exist in the workspace',
      );
      expect(github.requestCount()).toBe(0);
    });

    it('no token for the host', async () => {
      const tokenless = createOpenContractsPullRequestAction({
        integrations: githubIntegrations(undefined),
        config: contractsConfig,
      });
      const { ctx } = context({ serviceName: 'svc-ledger' });

      await expect(tokenless.handler(ctx)).rejects.toThrow(
        /^No GitHub credentials for github\.com: configure a token or a GitHub App for it under integrations\.github, or pass the token input$/,
      );
      expect(github.requestCount()).toBe(0);
    });
  });
});
