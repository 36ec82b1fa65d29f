import { everyone, nobody, RouteTable } from './types';

const ledgerPath = 'default/component/svc-ledger';
const ledgerEntityPath = 'component/default/svc-ledger';
const SERVICE_ONLY =
  'none for people: only other backends (service tokens) may call it';

/** TechDocs, SLOs, search, notifications and the other portal features. */
export const portalRoutes: RouteTable = {
  'GET /api/techdocs/metadata/techdocs/:namespace/:kind/:name': {
    checks: 'catalog.entity.read of the entity (then 404: not built)',
    sample: { path: `/api/techdocs/metadata/techdocs/${ledgerPath}` },
    expect: everyone,
  },
  'GET /api/techdocs/metadata/entity/:namespace/:kind/:name': {
    checks: 'catalog.entity.read of the entity',
    sample: { path: `/api/techdocs/metadata/entity/${ledgerPath}` },
    expect: everyone,
  },
  'GET /api/techdocs/sync/:namespace/:kind/:name': {
    checks:
      'catalog.entity.read of the entity (then 404: no such entity, nothing built)',
    sample: {
      path: '/api/techdocs/sync/default/component/route-battery-missing',
    },
    expect: everyone,
  },
  'USE /api/techdocs/static/docs/:namespace/:kind/:name/* (<anonymous>)': {
    checks: 'catalog.entity.read of the entity (then 404: not built)',
    sample: { path: `/api/techdocs/static/docs/${ledgerPath}/index.html` },
    expect: everyone,
  },
  'USE /api/techdocs/static/docs/* (<anonymous>)': {
    checks: 'catalog.entity.read of the entity (then 404: not built)',
    sample: { path: `/api/techdocs/static/docs/${ledgerPath}/index.html` },
    expect: everyone,
  },
  'USE /api/techdocs/static/docs/* (serveStatic)': {
    checks: 'catalog.entity.read of the entity (then 404: not built)',
    sample: { path: `/api/techdocs/static/docs/${ledgerPath}/index.html` },
    expect: everyone,
  },

  'GET /api/slo/entities/:kind/:namespace/:name/report': {
    checks: 'slo.entity.read of the entity',
    sample: { path: `/api/slo/entities/${ledgerEntityPath}/report` },
    expect: everyone,
  },
  'GET /api/slo/entities/:kind/:namespace/:name/rules': {
    checks: 'slo.entity.read of the entity',
    sample: { path: `/api/slo/entities/${ledgerEntityPath}/rules` },
    expect: everyone,
  },
  'GET /api/slo/entities/:kind/:namespace/:name/history': {
    checks: 'slo.entity.read of the entity',
    sample: { path: `/api/slo/entities/${ledgerEntityPath}/history?days=7` },
    expect: everyone,
  },
  'GET /api/slo/overview': {
    checks: 'slo.entity.read of each entity (list, filtered)',
    sample: { path: '/api/slo/overview' },
    expect: everyone,
  },

  'POST /api/permission/authorize': {
    checks: "none: answers the policy's decisions for the caller",
    sample: {
      path: '/api/permission/authorize',
      body: {
        items: [
          {
            id: 'battery',
            permission: {
              type: 'basic',
              name: 'catalog.entity.create',
              attributes: { action: 'create' },
            },
          },
        ],
      },
    },
    expect: everyone,
  },

  'GET /api/search/openapi.json': {
    checks: 'none: the API description, for signed-in callers',
    sample: { path: '/api/search/openapi.json' },
    expect: everyone,
  },
  'GET /api/search/query': {
    checks: "each result's read permission (catalog.entity.read), filtered",
    sample: { path: '/api/search/query?term=ledger&types[0]=software-catalog' },
    expect: everyone,
  },

  'GET /api/events/openapi.json': {
    checks: 'none: the API description, for signed-in callers',
    sample: { path: '/api/events/openapi.json' },
    expect: everyone,
  },
  'POST /api/events/bus/v1/events': {
    checks: SERVICE_ONLY,
    sample: {
      path: '/api/events/bus/v1/events',
      body: { event: { topic: 'route-battery', payload: {} } },
    },
    expect: nobody,
  },
  'GET /api/events/bus/v1/subscriptions/:subscriptionId/events': {
    checks: SERVICE_ONLY,
    sample: { path: '/api/events/bus/v1/subscriptions/route-battery/events' },
    expect: nobody,
  },
  'PUT /api/events/bus/v1/subscriptions/:subscriptionId': {
    checks: SERVICE_ONLY,
    sample: {
      path: '/api/events/bus/v1/subscriptions/route-battery',
      body: { topics: ['route-battery'] },
    },
    expect: nobody,
  },

  'GET /api/notifications/openapi.json': {
    checks: 'none: the API description, for signed-in callers',
    sample: { path: '/api/notifications/openapi.json' },
    expect: everyone,
  },
  'GET /api/notifications/': {
    checks: "none: the caller's own notifications",
    sample: { path: '/api/notifications/' },
    expect: everyone,
  },
  'GET /api/notifications/notifications': {
    checks: "none: the caller's own notifications",
    sample: { path: '/api/notifications/notifications' },
    expect: everyone,
  },
  'GET /api/notifications/status': {
    checks: "none: the caller's own notifications",
    sample: { path: '/api/notifications/status' },
    expect: everyone,
  },
  'GET /api/notifications/settings': {
    checks: "none: the caller's own settings",
    sample: { path: '/api/notifications/settings' },
    expect: everyone,
  },
  'POST /api/notifications/settings': {
    checks: "none: the caller's own settings",
    sample: {
      path: '/api/notifications/settings',
      body: {
        channels: [
          {
            id: 'Web',
            origins: [{ id: 'plugin:route-battery', enabled: true }],
          },
        ],
      },
    },
    expect: everyone,
  },
  'GET /api/notifications/topics': {
    checks: "none: the caller's own notifications",
    sample: { path: '/api/notifications/topics' },
    expect: everyone,
  },
  'GET /api/notifications/:id': {
    checks: "none: the caller's own notification (then 404)",
    sample: { path: '/api/notifications/00000000-0000-4000-8000-000000000000' },
    expect: everyone,
  },
  'GET /api/notifications/notifications/:id': {
    checks: "none: the caller's own notification (then 404)",
    sample: {
      path: '/api/notifications/notifications/00000000-0000-4000-8000-000000000000',
    },
    expect: everyone,
  },
  'POST /api/notifications/update': {
    checks: "none: marks the caller's own notifications",
    sample: {
      path: '/api/notifications/update',
      body: { ids: [], read: true },
    },
    expect: everyone,
  },
  'POST /api/notifications/notifications/update': {
    checks: "none: marks the caller's own notifications",
    sample: {
      path: '/api/notifications/notifications/update',
      body: { ids: [], read: true },
    },
    expect: everyone,
  },
  'POST /api/notifications/': {
    checks: SERVICE_ONLY,
    sample: {
      path: '/api/notifications/',
      body: {
        recipients: { type: 'broadcast' },
        payload: { title: 'battery' },
      },
    },
    expect: nobody,
  },
  'POST /api/notifications/notifications': {
    checks: SERVICE_ONLY,
    sample: {
      path: '/api/notifications/notifications',
      body: {
        recipients: { type: 'broadcast' },
        payload: { title: 'battery' },
      },
    },
    expect: nobody,
  },

  'POST /api/user-settings/multiget': {
    checks: "none: the caller's own settings",
    sample: {
      path: '/api/user-settings/multiget',
      body: { items: [{ bucket: 'route-battery', key: 'k' }] },
    },
    expect: everyone,
  },
  'GET /api/user-settings/buckets/:bucket/keys/:key(*)': {
    checks: "none: the caller's own settings",
    sample: { path: '/api/user-settings/buckets/route-battery/keys/k' },
    expect: everyone,
  },
  'PUT /api/user-settings/buckets/:bucket/keys/:key(*)': {
    checks: "none: the caller's own settings",
    sample: {
      path: '/api/user-settings/buckets/route-battery/keys/k',
      body: { value: 1 },
    },
    expect: everyone,
  },
  'DELETE /api/user-settings/buckets/:bucket/keys/:key(*)': {
    checks: "none: the caller's own settings",
    sample: { path: '/api/user-settings/buckets/route-battery/keys/k' },
    expect: everyone,
  },

  'POST /api/mcp-actions/v1/': {
    checks: "each action's own permission, run as the caller",
    sample: {
      path: '/api/mcp-actions/v1/',
      headers: { accept: 'application/json, text/event-stream' },
      body: {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          protocolVersion: '2025-03-26',
          capabilities: {},
          clientInfo: { name: 'route-battery', version: '1' },
        },
      },
    },
    expect: everyone,
  },
  'GET /api/mcp-actions/v1/': {
    checks: 'none: answers 405 (no server-sent stream)',
    sample: { path: '/api/mcp-actions/v1/' },
    expect: everyone,
  },
  'DELETE /api/mcp-actions/v1/': {
    checks: 'none: answers 405 (no sessions)',
    sample: { path: '/api/mcp-actions/v1/' },
    expect: everyone,
  },

  'USE /api/proxy/* (<anonymous>)': {
    checks:
      'none: no proxy endpoint is configured (404); each one added must decide who may use it',
    sample: { path: '/api/proxy/route-battery' },
    expect: everyone,
  },
};
