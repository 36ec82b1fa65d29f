import type { Entity } from '@backstage/catalog-model';

/** Test data only: the catalog side of the checkout account. */

export function component(
  name: string,
  owner: string,
  serviceIds?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(serviceIds !== undefined && {
        annotations: { 'pagerduty.com/service-id': serviceIds },
      }),
    },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

export function catalogUser(name: string, email: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName: name, email }, memberOf: [] },
  };
}

export const catalogUsers = [
  catalogUser('ada', 'ada@acme.example'),
  // PagerDuty writes Grace.Hopper@...: e-mails match whatever their case.
  catalogUser('grace', 'grace.hopper@acme.example'),
  catalogUser('linus', 'linus@acme.example'),
  catalogUser('margaret', 'margaret@acme.example'),
  catalogUser('ken', 'ken@acme.example'),
];

/** Two services of one component, one of another, and a component PagerDuty does not know. */
export const catalogEntities: Entity[] = [
  component('checkout-api', 'team-checkout', 'PSVCAPI, PSVCWRK'),
  component('payments-gateway', 'group:default/team-payments', 'PSVCPAY'),
  component('docs-site', 'team-docs'),
  ...catalogUsers,
];
