import { builders } from './answers';
import { everyone, only, RouteTable } from './types';

const WEEKLY = '/api/oncall/rotations/localplus-weekly';
const READ = 'oncall.schedule.read';
const OVERRIDE =
  'oncall.override.create, then (in the service) membership of the rotation or the lead of a group it covers';
/** An override id no override has: the allowed get 404 after the check. */
const NO_OVERRIDE = '00000000-0000-4000-8000-000000000000';

/** The fairness report: rule oncall-fairness, and admins. */
const fairnessReaders = only(
  'admin',
  'on-call-responder',
  'tech-lead',
  'platform-engineer',
  'auditor',
);

/**
 * The On-call API. Writes are sampled with bodies the route refuses (400)
 * once the permission is granted, so the battery changes no rotation.
 */
export const oncallRoutes: RouteTable = {
  'GET /api/oncall/rotations': {
    checks: READ,
    sample: { path: '/api/oncall/rotations' },
    expect: everyone,
  },
  'GET /api/oncall/rotations/:name': {
    checks: READ,
    sample: { path: WEEKLY },
    expect: everyone,
  },
  'GET /api/oncall/rotations/:name/schedule': {
    checks: READ,
    sample: { path: `${WEEKLY}/schedule` },
    expect: everyone,
  },
  'GET /api/oncall/rotations/:name/changes': {
    checks: READ,
    sample: { path: `${WEEKLY}/changes?limit=5` },
    expect: everyone,
  },
  'POST /api/oncall/rotations/:name/overrides': {
    checks: OVERRIDE,
    sample: { path: `${WEEKLY}/overrides`, body: {} },
    expect: builders,
  },
  'POST /api/oncall/rotations/:name/swaps': {
    checks: OVERRIDE,
    sample: { path: `${WEEKLY}/swaps`, body: {} },
    expect: builders,
  },
  'DELETE /api/oncall/overrides/:id': {
    checks: 'oncall.override.delete, then the same membership rule',
    sample: {
      path: `/api/oncall/overrides/${NO_OVERRIDE}`,
      body: { reason: 'route battery' },
    },
    expect: builders,
  },
  'GET /api/oncall/entity/:kind/:namespace/:name': {
    checks: READ,
    sample: { path: '/api/oncall/entity/component/default/svc-ledger' },
    expect: everyone,
  },
  'GET /api/oncall/now': {
    checks: READ,
    sample: { path: '/api/oncall/now' },
    expect: everyone,
  },
  'GET /api/oncall/coverage': {
    checks: READ,
    sample: { path: '/api/oncall/coverage?weeks=1' },
    expect: everyone,
  },
  'GET /api/oncall/fairness': {
    checks: 'oncall.fairness.read',
    sample: { path: '/api/oncall/fairness' },
    expect: fairnessReaders,
  },
  'GET /api/oncall/fairness.csv': {
    checks: 'oncall.fairness.read',
    sample: { path: '/api/oncall/fairness.csv' },
    expect: fairnessReaders,
  },
  'GET /api/oncall/me/shifts': {
    checks: READ,
    sample: { path: '/api/oncall/me/shifts' },
    expect: everyone,
  },
  'GET /api/oncall/pages': {
    checks: READ,
    sample: { path: '/api/oncall/pages?status=open' },
    expect: everyone,
  },
  'POST /api/oncall/pages/:id/acknowledge': {
    checks: 'oncall.page.acknowledge',
    sample: { path: `/api/oncall/pages/${NO_OVERRIDE}/acknowledge` },
    // On-call responders, platform engineers and developers: every demo
    // user but the auditor holds one of them.
    expect: builders,
  },
  'POST /api/oncall/calendar-links': {
    checks: 'oncall.calendar.manage',
    sample: { path: '/api/oncall/calendar-links', body: { scope: 'nowhere' } },
    expect: everyone,
  },
  'GET /api/oncall/calendar-links': {
    checks: "oncall.schedule.read (the caller's own links)",
    sample: { path: '/api/oncall/calendar-links' },
    expect: everyone,
  },
  'DELETE /api/oncall/calendar-links/:id': {
    checks: 'oncall.calendar.manage (own links only)',
    sample: { path: `/api/oncall/calendar-links/${NO_OVERRIDE}` },
    expect: everyone,
  },
};
