import { builders } from './answers';
import { allBut, everyone, only, RouteTable } from './types';

const READ = 'compliance.control.read';
const CONTROL = 'access-control';
const PERIOD = 'from=2026-01-01&to=2026-02-01';

/** Whoever may download the evidence: auditors, security, tech leads, platform engineers, admins. */
const exporters = allBut('developer', 'on-call-responder');

/**
 * The compliance API. Reads are everyone's (everyone-reads); the export is
 * for those who hand evidence to an auditor; writes are sampled with bodies
 * the route refuses (400) once the permission is granted, so the battery
 * starts no evaluation and asks for no exemption.
 */
export const complianceRoutes: RouteTable = {
  'GET /api/compliance/status': {
    checks: READ,
    sample: { path: `/api/compliance/status?${PERIOD}` },
    expect: everyone,
  },
  'GET /api/compliance/frameworks': {
    checks: READ,
    sample: { path: '/api/compliance/frameworks' },
    expect: everyone,
  },
  'GET /api/compliance/controls/:id': {
    checks: READ,
    sample: { path: `/api/compliance/controls/${CONTROL}?${PERIOD}` },
    expect: everyone,
  },
  'GET /api/compliance/observations': {
    checks: READ,
    sample: { path: `/api/compliance/observations?${PERIOD}&limit=5` },
    expect: everyone,
  },
  'GET /api/compliance/entity/:kind/:namespace/:name': {
    checks: READ,
    sample: { path: '/api/compliance/entity/component/default/svc-ledger' },
    expect: everyone,
  },
  'GET /api/compliance/me/failing': {
    checks: READ,
    sample: { path: '/api/compliance/me/failing' },
    expect: everyone,
  },
  'GET /api/compliance/runs': {
    checks: READ,
    sample: { path: '/api/compliance/runs?limit=5' },
    expect: everyone,
  },
  'POST /api/compliance/runs': {
    checks: 'compliance.evaluation.run',
    sample: { path: '/api/compliance/runs', body: { unexpected: true } },
    expect: only('admin', 'platform-engineer', 'security'),
  },
  'GET /api/compliance/exemptions': {
    checks: READ,
    sample: { path: '/api/compliance/exemptions' },
    expect: everyone,
  },
  'POST /api/compliance/exemptions': {
    checks: 'compliance.exemption.request',
    sample: { path: '/api/compliance/exemptions', body: {} },
    expect: builders,
  },
  'POST /api/compliance/exemptions/:id/approve': {
    checks: 'compliance.exemption.decide',
    sample: {
      path: '/api/compliance/exemptions/no-such-exemption/approve',
      body: { unexpected: true },
    },
    expect: only('admin', 'security'),
  },
  'POST /api/compliance/exemptions/:id/reject': {
    checks: 'compliance.exemption.decide',
    sample: {
      path: '/api/compliance/exemptions/no-such-exemption/reject',
      body: {},
    },
    expect: only('admin', 'security'),
  },
  'GET /api/compliance/collectors': {
    checks: READ,
    sample: { path: '/api/compliance/collectors' },
    expect: everyone,
  },
  'GET /api/compliance/ledger/verify': {
    checks: READ,
    sample: { path: '/api/compliance/ledger/verify' },
    expect: everyone,
  },
  'GET /api/compliance/export': {
    checks: 'compliance.evidence.export',
    sample: { path: `/api/compliance/export?${PERIOD}` },
    expect: exporters,
  },
};
