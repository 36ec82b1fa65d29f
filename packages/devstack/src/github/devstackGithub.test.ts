import { devstackConfigFromEnv, startDevstack } from '../startDevstack';
import { RULESET_DEMO_REPOSITORY } from './demoGithub';

jest.setTimeout(60_000);

describe('the GitHub simulator in the dev stack', () => {
  it('has its documented defaults and DEVSTACK_GITHUB_* overrides', () => {
    expect(devstackConfigFromEnv({})).toMatchObject({
      githubPort: 7706,
      githubToken: 'localplus-devstack-github-token',
    });
    expect(
      devstackConfigFromEnv({ DEVSTACK_GITHUB_PORT: '17706' }).githubPort,
    ).toBe(17706);
    expect(() =>
      devstackConfigFromEnv({ DEVSTACK_GITHUB_TOKEN: 'short' }),
    ).toThrow(/^Invalid dev stack setting githubToken/);
  });

  it('starts with the others, serving what the development portal catalogs', async () => {
    const config = {
      ...devstackConfigFromEnv({}),
      kubernetesPort: 0,
      argoCdPort: 0,
      pagerDutyPort: 0,
      githubPort: 0,
    };
    // No PATH: Prometheus counts as not installed.
    const devstack = await startDevstack(config, { NODE_ENV: 'development' });
    try {
      const { github } = devstack;
      expect(devstack.describe()).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^GitHub API      ${github.url}  token localplus-devstack-github-token, demo branch protection of \\d+ repositories \\(localplus/chaos-experiments deliberately without required reviews\\)$`,
          ),
        ),
      );
      // The portal's own entity, from catalog-info.yaml beside catalog/.
      const portal = await fetch(
        `${github.url}/repos/localplus/developer-portal/branches/main/protection`,
        { headers: { Authorization: `token ${config.githubToken}` } },
      );
      expect(portal.status).toBe(200);
      expect(
        (await portal.json()).required_pull_request_reviews
          .required_approving_review_count,
      ).toBe(2);
      // The repository its organisation's ruleset alone protects.
      const rules = await fetch(
        `${github.url}/repos/${RULESET_DEMO_REPOSITORY}/rules/branches/main`,
        { headers: { Authorization: `token ${config.githubToken}` } },
      );
      expect(await rules.json()).toContainEqual(
        expect.objectContaining({
          type: 'pull_request',
          ruleset_source_type: 'Organization',
        }),
      );
      const fault = await fetch(`${github.url}/__devstack/faults`, {
        method: 'POST',
        headers: {
          Authorization: `token ${config.githubToken}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ target: 'github', status: 503, times: 1 }),
      });
      expect(fault.status).toBe(201);
    } finally {
      await devstack.close();
    }
  });
});
