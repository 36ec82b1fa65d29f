import { TableColumn } from '@backstage/core-components';
import { Entity } from '@backstage/catalog-model';
import { withTierColumn } from './withTierColumn';

type Row = { entity: Entity };

const row = (name: string, tier?: string): Row => ({
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: tier ? { 'localplus.io/tier': tier } : {},
    },
  },
});

const columns: TableColumn<Row>[] = [
  { title: 'Title', hidden: true },
  { title: 'Name', highlight: true, field: 'resolved.entityRef' },
  { title: 'Owner', field: 'resolved.ownedByRelationsTitle' },
];

describe('withTierColumn', () => {
  it('puts the tier after the name, leaving the other columns as they were', () => {
    const result = withTierColumn(columns);
    expect(result.map(c => c.title)).toEqual([
      'Title',
      'Name',
      'Tier',
      'Owner',
    ]);
    expect(result.filter(c => c.title !== 'Tier')).toEqual(columns);
  });

  it('opens sorted by tier, T0 first, untiered entities last', () => {
    const tier = withTierColumn(columns)[2];
    expect(tier.defaultSort).toBe('asc');
    const rows = [
      row('shop-cart'),
      row('svc-ledger', 'T3'),
      row('bootstrap', 'T0'),
      row('docs', 'T5'),
    ];
    const sorted = [...rows].sort((a, b) => tier.customSort!(a, b, 'row'));
    expect(sorted.map(r => r.entity.metadata.name)).toEqual([
      'bootstrap',
      'svc-ledger',
      'docs',
      'shop-cart',
    ]);
  });

  it('adds the tier second when no column is the highlighted name', () => {
    const result = withTierColumn([{ title: 'A' }, { title: 'B' }]);
    expect(result.map(c => c.title)).toEqual(['A', 'Tier', 'B']);
  });
});

describe('withTierColumn with a scope', () => {
  it('sorts the entities the tier model governs first, each group by tier', () => {
    const tier = withTierColumn(columns, {
      inScope: entity => entity.metadata.name.startsWith('svc-'),
    })[2];
    const rows = [
      row('shop-gateway', 'T1'),
      row('svc-wallet', 'T3'),
      row('shop-cart', 'T3'),
      row('svc-ledger', 'T3'),
      row('viridial-api'),
    ];
    const sorted = [...rows].sort((a, b) => tier.customSort!(a, b, 'row'));
    expect(sorted.map(r => r.entity.metadata.name)).toEqual([
      'svc-wallet',
      'svc-ledger',
      'shop-gateway',
      'shop-cart',
      'viridial-api',
    ]);
  });
});
