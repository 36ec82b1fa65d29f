import type { CatalogUnprocessedEntitiesApiResponse } from '@backstage/plugin-catalog-unprocessed-entities-common';

/** The module's answer for a stored entity whose processing failed. */
export const failedAnswer: CatalogUnprocessedEntitiesApiResponse = {
  entities: [
    {
      entity_id: 'id-rogue',
      entity_ref: 'component:default/svc-rogue',
      unprocessed_entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'svc-rogue',
          annotations: {
            'backstage.io/managed-by-location':
              'url:https://github.com/localplus/svc-rogue/blob/main/catalog-info.yaml',
          },
        },
        spec: { owner: 'team-loyalty' },
      },
      next_update_at: '2025-01-01T10:00:00Z',
      last_discovery_at: '2025-01-01T09:00:00Z',
      errors: [
        {
          name: 'InputError',
          message:
            'Tier model: component:default/svc-rogue declares tier T9, which the tier model does not define; use one of T0, T1, T2, T3, T4, T5',
          cause: { name: 'InputError', message: '', stack: '' },
        },
      ],
    },
  ],
};

/**
 * The module's answer for a new entity whose first processing failed: it
 * is listed as pending and its `entity_ref` is null (the join overwrites it).
 */
export const pendingAnswer = {
  entities: [
    {
      entity_id: 'id-payments-demo',
      entity_ref: null,
      unprocessed_entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments-demo',
          namespace: 'default',
          annotations: {
            'backstage.io/managed-by-location':
              'file:/work/main/demo/tier-violations.yaml',
          },
        },
        spec: { owner: 'qa-team' },
      },
      next_update_at: '2025-01-01T10:00:00Z',
      last_discovery_at: '2025-01-01T09:30:00Z',
      errors: [
        {
          name: 'InputError',
          message:
            'Tier model: component:default/payments-demo is owned by group:default/qa-team but tier T3 (Domain) must be owned by one of group:default/team-loyalty, group:default/team-engagement',
        },
        {
          name: 'InputError',
          message:
            'Tier model: component:default/payments-demo lacks the annotations backstage.io/techdocs-ref, github.com/project-slug required by tier T3 (Domain)',
        },
      ],
    },
  ],
};
