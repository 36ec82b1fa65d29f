import type { Entity } from '@backstage/catalog-model';

/**
 * The catalog the parameter checks look things up in: product teams under
 * `product-teams`, a team outside it, a LOCAL-PLUS system and another one,
 * and a service whose name is taken.
 */
export const catalogEntities: Entity[] = [
  group('product-teams', 'engineering'),
  group('team-loyalty', 'product-teams'),
  group('team-merchant', 'product-teams'),
  group('platform-team', 'engineering'),
  system('localplus-core'),
  system('ecommerce-platform'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc-ledger', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-loyalty' },
  },
];

function group(name: string, parent: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', parent, children: [] },
  };
}

function system(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'platform-team' },
  };
}
