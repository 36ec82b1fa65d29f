import type { Entity } from '@backstage/catalog-model';
import { component, group } from './__testUtils__/catalogEntities';
import { collectionContext } from './__testUtils__/collectionContext';
import { startCatalogBackend } from './__testUtils__/startCatalogBackend';

jest.setTimeout(300_000);

const COMPONENTS = 1_010;
const GROUPS = 20;

describe('CatalogEvidenceCollector on a large catalog', () => {
  it('pages through every component and resolves every owner', async () => {
    const entities: Entity[] = [
      ...Array.from({ length: GROUPS }, (_, i) => group(`team-${i}`)),
      ...Array.from({ length: COMPONENTS }, (_, i) =>
        component({
          name: `svc-${String(i).padStart(4, '0')}`,
          // Every 101st component names a group the catalog does not hold.
          owner: i % 101 === 0 ? `team-missing-${i}` : `team-${i % GROUPS}`,
        }),
      ),
    ];
    const { collector, stop } = await startCatalogBackend(entities);
    try {
      const observations = await collector.collect(
        collectionContext([{ check: 'catalog.owner' }]),
      );
      expect(observations).toHaveLength(COMPONENTS);
      expect(new Set(observations.map(o => o.subject)).size).toBe(COMPONENTS);
      expect(
        observations.filter(o => o.result === 'fail').map(o => o.subject),
      ).toEqual(
        Array.from(
          { length: 10 },
          (_, i) => `component:default/svc-${String(i * 101).padStart(4, '0')}`,
        ),
      );
      expect(observations[COMPONENTS - 1]).toMatchObject({
        subject: 'component:default/svc-1009',
        result: 'pass',
        summary: 'Owned by group:default/team-9.',
      });
    } finally {
      await stop();
    }
  });
});
