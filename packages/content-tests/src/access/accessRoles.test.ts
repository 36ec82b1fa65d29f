import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import {
  catalogEntityDeletePermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { taskCreatePermission } from '@backstage/plugin-scaffolder-common/alpha';
import {
  createAccessPolicyEngine,
  readAccessPolicyConfig,
} from '@localplus/plugin-access-node';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { loadCatalog, repoRoot } from '../docs/__testUtils__/contentModel';
import { parseMarkdownTables } from '../docs/__testUtils__/markdownTables';

function readYaml(file: string) {
  return parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
}

const appConfig = readYaml('app-config.yaml');
const policy = readAccessPolicyConfig(new ConfigReader(appConfig));

/** The organisation's catalog (no demo data) as entities. */
const catalogEntities = loadCatalog().map(
  ({ entity }) =>
    ({
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    } as Entity),
);

/** The development catalog adds the demo guest and its group. */
const demoEntities = parseAllDocuments(
  fs.readFileSync(path.join(repoRoot, 'demo/guest-user.yaml'), 'utf8'),
).map(doc => doc.toJS() as Entity);

const engine = createAccessPolicyEngine({
  policy,
  catalog: catalogServiceMock({
    entities: [...catalogEntities, ...demoEntities],
  }),
  auth: mockServices.auth(),
});

async function rolesOf(user: string) {
  const identity = await engine.resolver.identify(`user:default/${user}`);
  expect(identity.known).toBe(true);
  return identity.roles.map(role => role.id).sort();
}

describe('localplus.access in app-config.yaml', () => {
  it('reads, also under the production overrides', () => {
    const merged = ConfigReader.fromConfigs([
      { context: 'app-config.yaml', data: appConfig },
      {
        context: 'app-config.production.yaml',
        data: readYaml('app-config.production.yaml'),
      },
    ]);
    expect(readAccessPolicyConfig(merged)).toEqual(policy);
  });

  it('maps every role to groups that exist in the organisation catalog', () => {
    const groups = new Set(
      catalogEntities
        .filter(entity => entity.kind === 'Group')
        .map(entity => `group:default/${entity.metadata.name}`),
    );
    for (const role of policy.roles) {
      expect(role.groups.length).toBeGreaterThan(0);
      for (const group of role.groups) {
        expect({ role: role.id, group, exists: groups.has(group) }).toEqual({
          role: role.id,
          group,
          exists: true,
        });
      }
    }
  });

  it('gives each demo user the roles the portal docs say', async () => {
    const [table] = parseMarkdownTables(
      'access-roles.md',
      fs.readFileSync(
        path.join(repoRoot, 'portal-docs/docs/access-roles.md'),
        'utf8',
      ),
    ).filter(t => t.heading === 'The demo users');
    expect(table?.rows.length).toBeGreaterThanOrEqual(5);
    const signInUsers: string[] = appConfig.auth.providers.demoUsers.users;
    const documented = table.rows.map(row => row.cells.user);
    expect(documented).toEqual(
      expect.arrayContaining([...signInUsers, 'guest']),
    );
    for (const row of table.rows) {
      const said = row.cells.roles
        .replace(/\(.*\)/, '')
        .split(',')
        .map(role => role.trim())
        .filter(Boolean)
        .sort();
      expect({
        user: row.cells.user,
        roles: await rolesOf(row.cells.user),
      }).toEqual({
        user: row.cells.user,
        roles: said,
      });
    }
  });

  it('keeps the demo auditor read-only and lets developers build', async () => {
    expect(await rolesOf('thomas-keller')).toEqual(['auditor']);
    for (const permission of [
      catalogLocationCreatePermission,
      taskCreatePermission,
    ]) {
      expect(
        (await engine.decide('user:default/thomas-keller', permission))
          .decision,
      ).toBe('deny');
      expect(
        (await engine.decide('user:default/lucas-bernard', permission))
          .decision,
      ).toBe('allow');
      expect(
        (await engine.decide('user:default/guest', permission)).decision,
      ).toBe('allow');
    }
    const unregister = await engine.decide(
      'user:default/alice',
      catalogEntityDeletePermission,
    );
    expect(unregister).toMatchObject({
      decision: 'allow',
      rule: { id: 'platform-engineers-operate' },
    });
  });

  it('has an admin', async () => {
    expect(await rolesOf('marc-lefevre')).toContain('admin');
  });
});
