import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { component, group } from '../__testUtils__/catalogEntities';
import { findExistingGroups, readSubjectComponents } from './readCatalog';

const entities = [
  ...Array.from({ length: 450 }, (_, i) => group(`team-${i}`)),
  component({ name: 'svc-b', tags: ['Personal-Data', 7 as unknown as string] }),
  component({ name: 'svc-a', type: 'website' }),
  component({ name: 'lib-c', type: 'library' }),
];

describe('reading the catalog', () => {
  it('reads services and websites page by page, sorted, with tolerant fields', async () => {
    const catalog = catalogServiceMock({ entities });
    const stream = jest.spyOn(catalog, 'streamEntities');
    const components = await readSubjectComponents({
      catalog,
      credentials: mockCredentials.service(),
      pageSize: 1,
    });
    expect(components.map(c => c.ref)).toEqual([
      'component:default/svc-a',
      'component:default/svc-b',
    ]);
    expect(components[1].tags).toEqual(['personal-data']);
    expect(stream.mock.calls[0][0]).toMatchObject({
      filter: { kind: 'Component', 'spec.type': ['service', 'website'] },
      pageSize: 1,
    });
  });

  it('resolves owners in batches of 200 and keeps only groups', async () => {
    const catalog = catalogServiceMock({ entities });
    const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    const refs = [
      ...Array.from({ length: 450 }, (_, i) => `group:default/team-${i}`),
      'group:default/team-0',
      'group:default/team-ghost',
      'user:default/alice',
    ];
    const found = await findExistingGroups(refs, {
      catalog,
      credentials: mockCredentials.service(),
    });
    expect(found.size).toBe(450);
    expect(found.has('group:default/team-ghost')).toBe(false);
    expect(
      byRefs.mock.calls.map(([request]) => request.entityRefs.length),
    ).toEqual([200, 200, 51]);
  });
});
