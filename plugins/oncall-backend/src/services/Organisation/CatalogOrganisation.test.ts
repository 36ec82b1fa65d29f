import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { userEntity } from '../../__testUtils__/rotationFiles';
import { CatalogOrganisation } from './CatalogOrganisation';

describe('CatalogOrganisation', () => {
  const entities = [userEntity('alice', ['oncall'])];

  it('reads each kind once for concurrent callers and reuses the read within its lifetime', async () => {
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const organisation = new CatalogOrganisation({
      catalog,
      auth: mockServices.auth(),
    });
    const [a, b] = await Promise.all([
      organisation.current(),
      organisation.current(),
    ]);
    expect(a).toBe(b);
    expect(await organisation.current()).toBe(a);
    expect(getEntities).toHaveBeenCalledTimes(3);
    expect(getEntities.mock.calls.map(([request]) => request?.filter)).toEqual([
      { kind: 'group' },
      { kind: 'user' },
      { kind: 'component' },
    ]);
    expect(a.members('group:default/oncall')).toEqual(['user:default/alice']);
  });

  it('keeps the last organisation when the catalog fails, and reads again next time', async () => {
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const organisation = new CatalogOrganisation({
      catalog,
      auth: mockServices.auth(),
      ttlMs: 0,
    });
    const first = await organisation.current();
    getEntities.mockRejectedValue(new Error('catalog down'));
    expect(await organisation.current()).toBe(first);
    getEntities.mockRestore();
    expect(await organisation.current()).not.toBe(first);
  });

  it('fails when the catalog cannot be read the first time', async () => {
    const catalog = catalogServiceMock({ entities });
    jest.spyOn(catalog, 'getEntities').mockRejectedValue(new Error('down'));
    const organisation = new CatalogOrganisation({
      catalog,
      auth: mockServices.auth(),
    });
    await expect(organisation.current()).rejects.toThrow('down');
  });

  it('finds the owner of kinds other than components in the catalog', async () => {
    const organisation = new CatalogOrganisation({
      catalog: catalogServiceMock({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'System',
            metadata: { name: 'loyalty', namespace: 'default' },
            spec: { owner: 'team-loyalty' },
          },
        ],
      }),
      auth: mockServices.auth(),
    });
    expect(await organisation.ownerOf('system:default/loyalty')).toBe(
      'group:default/team-loyalty',
    );
    expect(await organisation.ownerOf('system:default/none')).toBeUndefined();
  });
});
