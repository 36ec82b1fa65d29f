import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {
  defaultCatalogDir,
  readCatalogEntities,
} from '../catalog/deployableComponents';
import { loadCatalogRepositories } from './catalogRepositories';
import { githubRequests } from './__testUtils__/githubRequests';
import { WEAK_DEMO_REPOSITORY } from './demoGithub';
import {
  GithubSimulatorHandle,
  startGithubSimulator,
} from './startGithubSimulator';

const TOKEN = 'devstack-github-test-token';

let simulator: GithubSimulatorHandle;

beforeAll(async () => {
  simulator = await startGithubSimulator({
    port: 0,
    token: TOKEN,
    adminEndpoints: true,
  });
});

afterAll(async () => {
  await simulator.close();
});

afterEach(() => simulator.clearFaults());

const { get, protectionOf, rulesOf } = githubRequests(() => simulator, TOKEN);

describe('GitHub simulator', () => {
  it('serves a repository for every project slug of the catalog components the portal loads', async () => {
    const repoRoot = path.resolve(defaultCatalogDir(), '..');
    const slugs = [
      ...readCatalogEntities(defaultCatalogDir()),
      ...YAML.parseAllDocuments(
        fs.readFileSync(path.join(repoRoot, 'catalog-info.yaml'), 'utf8'),
      ).map(doc => doc.toJS()),
      ...readCatalogEntities(path.join(repoRoot, 'demo')),
    ]
      .filter(entity => entity?.kind === 'Component')
      .map(entity => entity.metadata.annotations?.['github.com/project-slug'])
      .filter((slug): slug is string => typeof slug === 'string');
    expect(slugs.length).toBeGreaterThan(15);

    for (const slug of new Set(slugs)) {
      const repository = await get(`/repos/${slug}`);
      expect(repository.status).toBe(200);
      expect(repository.body).toMatchObject({
        full_name: slug,
        default_branch: 'main',
        url: `${simulator.url}/repos/${slug}`,
      });
      expect(repository.body.description).toContain('DEMO DATA');
      // Protected by classic protection, or else by a ruleset.
      const protection = await protectionOf(slug);
      const rules = await rulesOf(slug);
      expect(rules.status).toBe(200);
      expect(
        protection.status === 200 ||
          (protection.body.message === 'Branch not protected' &&
            rules.body.length > 0),
      ).toBe(true);
    }
  });

  it('protects main as the tier model asks: two reviews for T0 and T1, one otherwise', async () => {
    const reviews = async (slug: string) =>
      (await protectionOf(slug)).body.required_pull_request_reviews;

    expect(await reviews('localplus/bootstrap')).toMatchObject({
      required_approving_review_count: 2,
      require_code_owner_reviews: true,
      dismiss_stale_reviews: true,
    });
    expect(await reviews('localplus/platform-gitops')).toMatchObject({
      required_approving_review_count: 2,
      require_code_owner_reviews: false,
    });
    expect(await reviews('localplus/svc-ledger')).toMatchObject({
      required_approving_review_count: 1,
    });
    const { body } = await protectionOf('localplus/svc-ledger');
    expect(body).toMatchObject({
      url: `${simulator.url}/repos/localplus/svc-ledger/branches/main/protection`,
      enforce_admins: { enabled: true },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
    });
  });

  it("answers GitHub's 404s: unknown repository, unknown branch, unprotected branch", async () => {
    const unprotected = await startGithubSimulator({
      port: 0,
      token: TOKEN,
      dataset: {
        repositories: [
          {
            id: 1,
            owner: 'localplus',
            name: 'open',
            description: 'test',
            defaultBranch: 'main',
            createdAt: '2026-01-01T00:00:00Z',
          },
        ],
      },
    });
    try {
      const open = await get(
        '/repos/localplus/open/branches/main/protection',
        undefined,
        unprotected,
      );
      expect(open).toMatchObject({
        status: 404,
        body: { message: 'Branch not protected', status: '404' },
      });
    } finally {
      await unprotected.close();
    }
    expect(await get('/repos/localplus/no-such-repo')).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
    expect(
      await get('/repos/localplus/svc-ledger/branches/develop/protection'),
    ).toMatchObject({ status: 404, body: { message: 'Branch not found' } });
  });

  it('matches names case-insensitively, as GitHub does', async () => {
    const { status, body } = await get('/repos/LocalPlus/SVC-Ledger');
    expect(status).toBe(200);
    expect(body.full_name).toBe('localplus/svc-ledger');
  });

  it('refuses requests without the token or with another one', async () => {
    expect(await get('/repos/localplus/svc-ledger', {})).toMatchObject({
      status: 401,
      body: { message: 'Requires authentication' },
    });
    expect(
      await get('/repos/localplus/svc-ledger', { Authorization: 'token nope' }),
    ).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    expect(
      (
        await get('/repos/localplus/svc-ledger', {
          Authorization: `Bearer ${TOKEN}`,
        })
      ).status,
    ).toBe(200);
  });

  it('answers hostile names with a 404 and writes with a 405', async () => {
    for (const name of ['..', '%2E%2E', 'a%20b', 'x'.repeat(300), '%00']) {
      const { status } = await get(`/repos/localplus/${name}`);
      expect(status).toBe(404);
      expect(
        (await get(`/repos/localplus/${name}/rules/branches/main`)).status,
      ).toBe(404);
    }
    for (const id of ['abc', '-1', '1e3', '0x10', '%00']) {
      const { status } = await get(
        `/repos/${WEAK_DEMO_REPOSITORY}/rulesets/${id}`,
      );
      expect(status).toBe(404);
    }
    const put = await fetch(
      `${simulator.url}/repos/localplus/svc-ledger/branches/main/protection`,
      { method: 'PUT', headers: { Authorization: `token ${TOKEN}` } },
    );
    expect(put.status).toBe(405);
  });

  it('counts requests against an hourly rate limit, then answers 403 as GitHub does', async () => {
    const limited = await startGithubSimulator({
      port: 0,
      token: TOKEN,
      rateLimitPerHour: 2,
    });
    try {
      const first = await get(
        '/repos/localplus/svc-ledger',
        undefined,
        limited,
      );
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
      await get('/repos/localplus/svc-ledger', undefined, limited);
      const refused = await get(
        '/repos/localplus/svc-ledger',
        undefined,
        limited,
      );
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/^API rate limit exceeded/);
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(
        Date.now() / 1000,
      );
    } finally {
      await limited.close();
    }
  });

  it('fails one repository on demand, a 429 with the headers of a secondary rate limit', async () => {
    simulator.setFault({ target: 'svc-wallet', status: 429, times: 1 });
    const refused = await get('/repos/localplus/svc-wallet');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await get('/repos/localplus/svc-wallet')).status).toBe(200);
    expect((await get('/repos/localplus/svc-ledger')).status).toBe(200);
  });

  it('refuses an invalid rate limit', async () => {
    await expect(
      startGithubSimulator({ port: 0, token: TOKEN, rateLimitPerHour: 0 }),
    ).rejects.toThrow(/rateLimitPerHour must be a whole number/);
  });
});

describe('loadCatalogRepositories', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devstack-github-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const component = (name: string, annotations: Record<string, string>) =>
    YAML.stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, annotations },
      spec: { type: 'service' },
    });

  it('reads folders and files, skips slugs GitHub cannot have, and holds a shared repository to the strictest tier', () => {
    fs.mkdirSync(path.join(dir, 'catalog'));
    fs.writeFileSync(
      path.join(dir, 'catalog', 'components.yaml'),
      [
        component('a', {
          'github.com/project-slug': 'acme/shared',
          'localplus.io/tier': 'T3',
        }),
        component('b', {
          'github.com/project-slug': 'ACME/Shared',
          'localplus.io/tier': 't1',
        }),
        component('traversal', { 'github.com/project-slug': '../etc/passwd' }),
        component('dots', { 'github.com/project-slug': 'acme/..' }),
        component('spaces', { 'github.com/project-slug': 'acme/a b' }),
        component('long', {
          'github.com/project-slug': `acme/${'x'.repeat(300)}`,
        }),
        component('none', {}),
      ].join('---\n'),
    );
    const extra = path.join(dir, 'catalog-info.yaml');
    fs.writeFileSync(
      extra,
      component('portal', { 'github.com/project-slug': 'acme/portal' }),
    );

    expect(loadCatalogRepositories([path.join(dir, 'catalog'), extra])).toEqual(
      [
        { owner: 'acme', name: 'portal', component: 'portal' },
        { owner: 'acme', name: 'shared', component: 'a', tier: 'T1' },
      ],
    );
  });
});
