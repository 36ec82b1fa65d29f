import { builders } from './answers';
import { everyone, RouteTable } from './types';

const READ = 'adr.decision.read';
const DECISION =
  '/api/adr/decisions/component/default/docs/0005-central-argocd';

/**
 * The ADR API. Writes are sampled with bodies the route refuses (400) once
 * the permission is granted, so the battery writes no record and refreshes
 * nothing.
 */
export const adrRoutes: RouteTable = {
  'GET /api/adr/decisions': {
    checks: READ,
    sample: { path: '/api/adr/decisions?status=accepted&limit=5' },
    expect: everyone,
  },
  'GET /api/adr/decisions/:kind/:namespace/:name/:slug': {
    checks: READ,
    sample: { path: DECISION },
    expect: everyone,
  },
  'GET /api/adr/graph': {
    checks: READ,
    sample: { path: '/api/adr/graph' },
    expect: everyone,
  },
  'GET /api/adr/problems': {
    checks: READ,
    sample: { path: '/api/adr/problems' },
    expect: everyone,
  },
  'GET /api/adr/review': {
    checks: READ,
    sample: { path: '/api/adr/review' },
    expect: everyone,
  },
  'POST /api/adr/refresh': {
    checks: 'adr.index.refresh',
    sample: { path: '/api/adr/refresh', body: {} },
    expect: builders,
  },
  'POST /api/adr/records': {
    checks: 'adr.decision.create',
    sample: { path: '/api/adr/records', body: {} },
    expect: builders,
  },
};
