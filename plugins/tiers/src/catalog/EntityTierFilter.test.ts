import { Entity } from '@backstage/catalog-model';
import { EntityTierFilter } from './EntityTierFilter';

function component(
  name: string,
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...metadata },
    spec: { type: 'service' },
  };
}

const svcLoyalty = component('svc-loyalty', {
  annotations: { 'localplus.io/tier': 'T3' },
});
const platformGitops = component('platform-gitops', {
  annotations: { 'localplus.io/tier': 'T1' },
});
const labelledOnly = component('svc-merchant', {
  labels: { 'localplus.io/tier': 't3' },
});
const untiered = component('scratch');

describe('EntityTierFilter', () => {
  it('keeps the entities that declare one of the selected tiers', () => {
    const filter = new EntityTierFilter(['T3']);
    const kept = [svcLoyalty, platformGitops, labelledOnly, untiered].filter(
      e => filter.filterEntity(e),
    );
    expect(kept.map(e => e.metadata.name)).toEqual([
      'svc-loyalty',
      'svc-merchant',
    ]);
  });

  it('matches several tiers, ignoring case', () => {
    const filter = new EntityTierFilter(['t1', 'T3']);
    expect(filter.filterEntity(platformGitops)).toBe(true);
    expect(filter.filterEntity(svcLoyalty)).toBe(true);
    expect(filter.filterEntity(untiered)).toBe(false);
  });

  it('asks the catalog backend to filter on the tier annotation', () => {
    const filter = new EntityTierFilter(['T0', 'T3']);
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.annotations.localplus.io/tier': ['T0', 'T3'],
    });
    expect(filter.toQueryValue()).toEqual(['T0', 'T3']);
  });

  it('reads the annotation the tier model configures', () => {
    const filter = new EntityTierFilter(['T2'], { annotation: 'acme/tier' });
    expect(filter.getCatalogFilters()).toEqual({
      'metadata.annotations.acme/tier': ['T2'],
    });
    expect(
      filter.filterEntity(
        component('sdk-go', { annotations: { 'acme/tier': 'T2' } }),
      ),
    ).toBe(true);
    expect(filter.filterEntity(svcLoyalty)).toBe(false);
  });
});
