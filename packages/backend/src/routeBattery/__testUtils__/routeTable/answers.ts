import { allBut, only } from './types';

/*
 * The answers of localplus.access (app-config.yaml) for the demo users of
 * roleUsers.ts. Roles add up: the developer role goes to every group below
 * engineering, so every demo user but the auditor is a developer too.
 */

/** Developers, tech leads and platform engineers: everyone but the auditor. */
export const builders = allBut('auditor');

/** Admins and platform engineers (rule platform-engineers-operate). */
export const operators = only('admin', 'platform-engineer');

/**
 * Owners and operators, on a sample owned by team-loyalty or started by the
 * developer: the developer (lucas-bernard) owns it, the others do not.
 */
export const ownerAndOperators = only(
  'admin',
  'platform-engineer',
  'developer',
);

/** Pod logs: on-call responders, platform engineers and developers. */
export const podLogReaders = allBut('auditor');

/** The access model and audit trail: admins, security and auditors. */
export const accessReaders = only('admin', 'security', 'auditor');
