import { builders, operators, ownerAndOperators } from './answers';
import { everyone, RouteTable, THROWAWAY_OWNER } from './types';

const ledger = 'component:default/svc-ledger';
const missingId = '00000000-0000-4000-8000-000000000000';

/** The catalog backend and its unprocessed-entities module. */
export const catalogRoutes: RouteTable = {
  'GET /api/catalog/entities': {
    checks: 'catalog.entity.read (list, filtered in the database)',
    sample: { path: '/api/catalog/entities?filter=kind=component&limit=5' },
    expect: everyone,
  },
  'GET /api/catalog/entities/by-query': {
    checks: 'catalog.entity.read (list)',
    sample: { path: '/api/catalog/entities/by-query?limit=5' },
    expect: everyone,
  },
  'POST /api/catalog/entities/by-query': {
    checks: 'catalog.entity.read (list)',
    sample: { path: '/api/catalog/entities/by-query', body: { limit: 5 } },
    expect: everyone,
  },
  'POST /api/catalog/entities/by-refs': {
    checks: 'catalog.entity.read (each entity)',
    sample: {
      path: '/api/catalog/entities/by-refs',
      body: { entityRefs: [ledger] },
    },
    expect: everyone,
  },
  'GET /api/catalog/entities/by-uid/:uid': {
    checks: 'catalog.entity.read',
    sample: f => ({ path: `/api/catalog/entities/by-uid/${f.uidOf(ledger)}` }),
    expect: everyone,
  },
  'GET /api/catalog/entities/by-name/:kind/:namespace/:name': {
    checks: 'catalog.entity.read',
    sample: {
      path: '/api/catalog/entities/by-name/component/default/svc-ledger',
    },
    expect: everyone,
  },
  'GET /api/catalog/entities/by-name/:kind/:namespace/:name/ancestry': {
    checks: 'catalog.entity.read',
    sample: {
      path: '/api/catalog/entities/by-name/component/default/svc-ledger/ancestry',
    },
    expect: everyone,
  },
  'GET /api/catalog/entity-facets': {
    checks: 'catalog.entity.read (facets of readable entities)',
    sample: { path: '/api/catalog/entity-facets?facet=kind' },
    expect: everyone,
  },
  'POST /api/catalog/entity-facets': {
    checks: 'catalog.entity.read (facets of readable entities)',
    sample: { path: '/api/catalog/entity-facets', body: { facets: ['kind'] } },
    expect: everyone,
  },
  'DELETE /api/catalog/entities/by-uid/:uid': {
    checks: `catalog.entity.delete, conditional on ownership (sample owned by ${THROWAWAY_OWNER})`,
    sample: (f, caller) => ({
      path: `/api/catalog/entities/by-uid/${f.throwawayUid(caller)}`,
    }),
    expect: ownerAndOperators,
  },
  'POST /api/catalog/refresh': {
    checks:
      'catalog.entity.refresh, conditional on ownership (svc-ledger: team-loyalty)',
    sample: { path: '/api/catalog/refresh', body: { entityRef: ledger } },
    expect: ownerAndOperators,
  },
  'GET /api/catalog/locations': {
    checks: 'catalog.location.read',
    sample: { path: '/api/catalog/locations' },
    expect: everyone,
  },
  'POST /api/catalog/locations/by-query': {
    checks: 'catalog.location.read',
    sample: { path: '/api/catalog/locations/by-query', body: { limit: 5 } },
    expect: everyone,
  },
  'GET /api/catalog/locations/:id': {
    checks: 'catalog.location.read (then 404: no such location)',
    sample: { path: `/api/catalog/locations/${missingId}` },
    expect: everyone,
  },
  'GET /api/catalog/locations/by-entity/:kind/:namespace/:name': {
    checks: 'catalog.location.read',
    sample: {
      path: '/api/catalog/locations/by-entity/component/default/svc-ledger',
    },
    expect: everyone,
  },
  'POST /api/catalog/locations': {
    checks: 'catalog.location.create (dry run: nothing is registered)',
    sample: f => ({
      path: '/api/catalog/locations?dryRun=true',
      body: { type: 'file', target: `${f.directory}/catalog-info.yaml` },
    }),
    expect: builders,
  },
  'PUT /api/catalog/locations/:id': {
    checks: 'catalog.location.create (then 404: no such location)',
    sample: f => ({
      path: `/api/catalog/locations/${missingId}`,
      body: { type: 'file', target: `${f.directory}/catalog-info.yaml` },
    }),
    expect: builders,
  },
  'DELETE /api/catalog/locations/:id': {
    checks: 'catalog.location.delete (then 404: no such location)',
    sample: { path: `/api/catalog/locations/${missingId}` },
    expect: operators,
  },
  'POST /api/catalog/analyze-location': {
    checks: 'catalog.location.analyze',
    sample: f => ({
      path: '/api/catalog/analyze-location',
      body: {
        location: { type: 'file', target: `${f.directory}/catalog-info.yaml` },
      },
    }),
    expect: builders,
  },
  'POST /api/catalog/validate-entity': {
    checks: 'catalog.entity.validate',
    sample: {
      path: '/api/catalog/validate-entity',
      body: {
        location:
          'url:https://github.com/localplus/example/blob/main/catalog-info.yaml',
        entity: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'route-battery-validated' },
          spec: {
            type: 'service',
            lifecycle: 'experimental',
            owner: THROWAWAY_OWNER,
          },
        },
      },
    },
    expect: builders,
  },
  'GET /api/catalog/openapi.json': {
    checks: 'none: the API description, for signed-in callers',
    sample: { path: '/api/catalog/openapi.json' },
    expect: everyone,
  },
  'GET /api/catalog/entities/unprocessed/failed': {
    checks: 'catalog.unprocessed-entities.read',
    sample: { path: '/api/catalog/entities/unprocessed/failed' },
    expect: everyone,
  },
  'GET /api/catalog/entities/unprocessed/pending': {
    checks: 'catalog.unprocessed-entities.read',
    sample: { path: '/api/catalog/entities/unprocessed/pending' },
    expect: everyone,
  },
  'DELETE /api/catalog/entities/unprocessed/delete/:entity_id': {
    checks: 'catalog.unprocessed-entities.delete (then nothing to delete)',
    sample: { path: `/api/catalog/entities/unprocessed/delete/${missingId}` },
    expect: operators,
  },
};
