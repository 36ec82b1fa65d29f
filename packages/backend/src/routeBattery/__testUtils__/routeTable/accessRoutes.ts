import { accessReaders } from './answers';
import type { RouteTable } from './types';

const unregister = new URLSearchParams({
  permission: 'catalog.entity.delete',
  resourceRef: 'component:default/svc-ledger',
});

/** The Access page's API: the access model and its audit trail. */
export const accessRoutes: RouteTable = {
  'GET /api/access/roles': {
    checks: 'access.policy.read',
    sample: { path: '/api/access/roles' },
    expect: accessReaders,
  },
  'GET /api/access/matrix': {
    checks: 'access.policy.read',
    sample: { path: '/api/access/matrix' },
    expect: accessReaders,
  },
  'GET /api/access/who-can': {
    checks: 'access.policy.read',
    sample: { path: `/api/access/who-can?${unregister}` },
    expect: accessReaders,
  },
  'GET /api/access/explain': {
    checks: 'access.policy.read',
    sample: {
      path: `/api/access/explain?user=user:default/thomas-keller&${unregister}`,
    },
    expect: accessReaders,
  },
  'GET /api/access/audit': {
    checks: 'access.audit.read',
    sample: { path: '/api/access/audit?limit=5' },
    expect: accessReaders,
  },
};
