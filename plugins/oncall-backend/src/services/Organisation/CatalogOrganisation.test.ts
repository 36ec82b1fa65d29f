import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { userEntity } from '../../__testUtils__/rotationFiles';
import { CatalogOrganisation } from './CatalogOrganisation';

/** Lets a background read started by the previous call finish. */
const settled = () => new Promise(resolve => setTimeout(resolve, 20));

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
    await settled();
    expect(await organisation.current()).toBe(first);
    expect(getEntities).toHaveBeenCalledTimes(9);
    await settled();
    getEntities.mockRestore();
    expect(await organisation.current()).toBe(first);
    await settled();
    expect(await organisation.current()).not.toBe(first);
  });

  it('answers with the last organisation at once while a newer one is read', async () => {
    const catalog = catalogServiceMock({ entities });
    const held: Array<() => void> = [];
    const organisation = new CatalogOrganisation({
      catalog,
      auth: mockServices.auth(),
      ttlMs: 0,
    });
    const first = await organisation.current();
    const getEntities = catalog.getEntities.bind(catalog);
    const spy = jest
      .spyOn(catalog, 'getEntities')
      .mockImplementation(async (...args) => {
        await new Promise<void>(resolve => held.push(resolve));
        return getEntities(...args);
      });
    // The renewal hangs on the catalog; callers are not held by it.
    const answers = await Promise.all([
      organisation.current(),
      organisation.current(),
    ]);
    expect(answers).toEqual([first, first]);
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
    held.forEach(release => release());
    await settled();
    const renewed = await organisation.current();
    expect(renewed).not.toBe(first);
    expect(renewed.members('group:default/oncall')).toEqual([
      'user:default/alice',
    ]);
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
