import type { AccessRoleId } from '@localplus/plugin-access-common';

/**
 * The demo user the battery signs in as for each role (catalog/org). Roles
 * add up: most engineers are developers too (every group below engineering
 * is), so each role's answers are those of a real person holding it.
 */
export const ROLE_DEMO_USERS: Record<AccessRoleId, string> = {
  // Portal admin, platform lead and tech lead.
  admin: 'marc-lefevre',
  // Platform team (and on call).
  'platform-engineer': 'alice',
  // Loyalty team only: owns svc-ledger and svc-wallet.
  developer: 'lucas-bernard',
  // Tech leads (and backend team).
  'tech-lead': 'sofia-benali',
  // Security team.
  security: 'ines-fontaine',
  // Auditors only, outside engineering.
  auditor: 'thomas-keller',
  // On-call rotation and backend team, not platform.
  'on-call-responder': 'bob',
};
