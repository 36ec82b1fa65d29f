import { json, noContent, setupGithubApiMock } from './githubApiMock';

export const INTEGRATION_TOKEN = 'ghp_integrationToken0123456789abcdefABCDEF';
export const INPUT_TOKEN = 'ghs_inputToken0123456789abcdefABCDEFGHIJ';

export const REPO_PATH = '/repos/localplus/svc-ledger';
export const TEAM_PATH =
  '/orgs/localplus/teams/payments-team/repos/localplus/svc-ledger';
export const PROTECTION_PATH = `${REPO_PATH}/branches/main/protection`;
export const TOPICS_PATH = `${REPO_PATH}/topics`;
export const HTML_URL = 'https://github.com/localplus/svc-ledger';

export const baseInput = {
  repoUrl: 'github.com?owner=localplus&repo=svc-ledger',
  team: 'payments-team',
  topics: ['localplus', 'svc'],
};

/** GitHub answering every call of a successful configuration. */
export function answerConfigureCalls(
  github: ReturnType<typeof setupGithubApiMock>,
) {
  github.handle('get', REPO_PATH, () =>
    json({ html_url: HTML_URL, default_branch: 'main' }),
  );
  github.handle('put', TEAM_PATH, () => noContent());
  github.handle('put', PROTECTION_PATH, () =>
    json({ url: `https://api.github.com${PROTECTION_PATH}` }),
  );
  github.handle('put', TOPICS_PATH, ({ body }) => json(body as object));
}
