import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { readAccessPolicyConfig } from '../config/readAccessPolicyConfig';
import { accessFixtureConfig, accessFixtureEntities } from '../testUtils';
import { createCatalogRoleResolver } from './createCatalogRoleResolver';

const policy = readAccessPolicyConfig(new ConfigReader(accessFixtureConfig()));

/**
 * A catalog that counts its reads and can be made to fail; it serves the
 * array as it is at each read, so a test can add entities.
 */
function countingCatalog(entities: Entity[]) {
  const current = () => catalogServiceMock({ entities: [...entities] });
  const catalog = current();
  const reads = { byRef: 0, list: 0 };
  let failing = false;
  const wrapped = Object.create(catalog);
  wrapped.getEntityByRef = async (
    ...args: Parameters<typeof catalog.getEntityByRef>
  ) => {
    reads.byRef += 1;
    if (failing) throw new Error('catalog down');
    return current().getEntityByRef(...args);
  };
  wrapped.getEntities = async (
    ...args: Parameters<typeof catalog.getEntities>
  ) => {
    reads.list += 1;
    if (failing) throw new Error('catalog down');
    return current().getEntities(...args);
  };
  return {
    catalog: wrapped as typeof catalog,
    reads,
    fail: (value: boolean) => {
      failing = value;
    },
  };
}

describe('createCatalogRoleResolver', () => {
  it('reads stitched relations (memberOf, childOf) when the catalog has them', async () => {
    const stitched: Entity[] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'squad', namespace: 'default' },
        spec: { type: 'team', children: [] },
        relations: [{ type: 'childOf', targetRef: 'group:default/tech-leads' }],
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'tech-leads', namespace: 'default' },
        spec: { type: 'team', children: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'kim', namespace: 'default' },
        // Membership declared on the group side shows only as a relation.
        spec: { memberOf: [] },
        relations: [{ type: 'memberOf', targetRef: 'group:default/squad' }],
      },
    ];
    const resolver = createCatalogRoleResolver({
      policy,
      catalog: catalogServiceMock({ entities: stitched }),
      auth: mockServices.auth(),
    });
    expect(await resolver.identify('user:default/kim')).toMatchObject({
      groups: ['group:default/squad', 'group:default/tech-leads'],
      roles: [{ id: 'tech-lead', viaGroups: ['group:default/tech-leads'] }],
    });
  });

  it('stops at a parent cycle', async () => {
    const cyclic: Entity[] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'a' },
        spec: { type: 'team', parent: 'b', children: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'b' },
        spec: { type: 'team', parent: 'a', children: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'u' },
        spec: { memberOf: ['a'] },
      },
    ];
    const resolver = createCatalogRoleResolver({
      policy,
      catalog: catalogServiceMock({ entities: cyclic }),
      auth: mockServices.auth(),
    });
    expect((await resolver.identify('u')).groups).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
  });

  it('reuses answers within the time to live, and reads again after', async () => {
    let now = 0;
    const { catalog, reads } = countingCatalog(accessFixtureEntities);
    const resolver = createCatalogRoleResolver({
      policy,
      catalog,
      auth: mockServices.auth(),
      ttlMs: 1_000,
      now: () => now,
    });
    await Promise.all([
      resolver.identify('user:default/dana'),
      resolver.identify('user:default/dana'),
      resolver.identify('User:default/Dana'),
    ]);
    expect(reads).toEqual({ byRef: 1, list: 1 });
    now = 999;
    await resolver.identify('user:default/dana');
    expect(reads.byRef).toBe(1);
    now = 1_000;
    await resolver.identify('user:default/dana');
    expect(reads).toEqual({ byRef: 2, list: 2 });
  });

  it('keeps at most maxUsers identities', async () => {
    const { catalog, reads } = countingCatalog(accessFixtureEntities);
    const resolver = createCatalogRoleResolver({
      policy,
      catalog,
      auth: mockServices.auth(),
      maxUsers: 2,
    });
    await resolver.identify('dana');
    await resolver.identify('lee');
    await resolver.identify('pat'); // evicts dana, the oldest
    await resolver.identify('lee');
    expect(reads.byRef).toBe(3);
    await resolver.identify('dana');
    expect(reads.byRef).toBe(4);
  });

  it('does not keep a failed read', async () => {
    const { catalog, fail } = countingCatalog(accessFixtureEntities);
    const resolver = createCatalogRoleResolver({
      policy,
      catalog,
      auth: mockServices.auth(),
    });
    fail(true);
    await expect(resolver.identify('dana')).rejects.toThrow('catalog down');
    fail(false);
    await expect(resolver.identify('dana')).resolves.toMatchObject({
      known: true,
    });
  });
});

describe('createCatalogRoleResolver while the catalog fills', () => {
  it('rereads the group tree when a person is in a group it lacks, and does not keep unknown people', async () => {
    let now = 10_000;
    const entities: Entity[] = accessFixtureEntities.filter(
      e => e.kind === 'Group' && e.metadata.name === 'org',
    );
    const { catalog, reads } = countingCatalog(entities);
    const resolver = createCatalogRoleResolver({
      policy,
      catalog,
      auth: mockServices.auth(),
      now: () => now,
    });
    expect((await resolver.identify('dana')).known).toBe(false);
    // The rest of the organisation arrives.
    entities.push(
      ...accessFixtureEntities.filter(e => e.metadata.name !== 'org'),
    );
    now += 2_000;
    const dana = await resolver.identify('dana');
    expect(dana.known).toBe(true);
    expect(dana.groups).toContain('group:default/product-teams');
    expect(dana.roles.map(role => role.id)).toEqual(['developer']);
    expect(reads.list).toBe(2);
  });

  it('does not keep a person whose ancestors are not all read yet', async () => {
    let now = 10_000;
    const entities = accessFixtureEntities.filter(
      e => e.metadata.name !== 'product-teams',
    );
    const { catalog, reads } = countingCatalog(entities);
    const resolver = createCatalogRoleResolver({
      policy,
      catalog,
      auth: mockServices.auth(),
      now: () => now,
    });
    // team-a's parent is missing: the walk stops short of engineering.
    expect((await resolver.identify('dana')).roles).toEqual([]);
    entities.push(
      accessFixtureEntities.find(e => e.metadata.name === 'product-teams')!,
    );
    // Within seconds of a fresh read that lacked it, no read of the tree.
    now += 1_000;
    expect((await resolver.identify('dana')).roles).toEqual([]);
    expect(reads).toEqual({ byRef: 2, list: 2 });
    now += 5_000;
    expect((await resolver.identify('dana')).roles.map(r => r.id)).toEqual([
      'developer',
    ]);
    expect(reads).toEqual({ byRef: 3, list: 3 });
    // Complete now, so kept.
    await resolver.identify('dana');
    expect(reads.byRef).toBe(3);
  });
});
