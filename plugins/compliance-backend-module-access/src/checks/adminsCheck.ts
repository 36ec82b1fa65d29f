import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import type { AccessRoles } from '../client/accessSchemas';
import { ADMINS_CHECK, AdminsParams } from './accessCheckPlans';
import { EXAMINED } from './examined';
import type { Reading } from './reading';

export const ADMINS_SUBJECT = 'portal:admins';

/** A catalog user: admins are people, not groups or service accounts. */
const USER_REF = /^user:[^/]+\/.+$/;

const people = (count: number) =>
  `${count} ${count === 1 ? 'person holds' : 'people hold'}`;

/**
 * `access.admins`: the members of the admin role are named people (catalog
 * users with a display name), at most `maxAdmins` of them.
 */
export function adminsObservation(
  reading: Reading<AccessRoles>,
  params: AdminsParams,
): CollectedObservation {
  const common = {
    check: ADMINS_CHECK,
    subject: ADMINS_SUBJECT,
    method: 'examine' as const,
    examined: [EXAMINED.roles],
  };
  if (!reading.ok) {
    return {
      ...common,
      result: 'error',
      summary: `The admins were not read: ${reading.reason}.`,
    };
  }
  const role = reading.value.find(r => r.id === 'admin');
  if (!role) {
    return {
      ...common,
      result: 'error',
      summary: 'The Access backend lists no admin role.',
    };
  }
  const admins = [...role.members].sort((a, b) =>
    a.userRef.localeCompare(b.userRef),
  );
  const unnamed = admins
    .filter(a => !USER_REF.test(a.userRef) || !a.displayName?.trim())
    .map(a => a.userRef);
  const { maxAdmins } = params;
  const details = {
    admins: admins.map(a => a.userRef),
    count: admins.length,
    maxAdmins,
    groups: role.groups,
    ...(unnamed.length > 0 && { unnamed }),
  };
  const gaps = [
    ...(admins.length > maxAdmins
      ? [
          `${people(
            admins.length,
          )} the admin role, more than the ${maxAdmins} allowed`,
        ]
      : []),
    ...(unnamed.length > 0
      ? [`not a named person in the catalog: ${unnamed.join(', ')}`]
      : []),
  ];
  if (gaps.length > 0) {
    return {
      ...common,
      result: 'fail',
      summary: `${gaps.join('; ')}.`,
      details,
    };
  }
  const names = admins.map(a => `${a.displayName} (${a.userRef})`).join(', ');
  return {
    ...common,
    result: 'pass',
    summary:
      admins.length === 0
        ? `No one holds the admin role (at most ${maxAdmins} allowed).`
        : `${people(
            admins.length,
          )} the admin role, at most ${maxAdmins} allowed, each a named person: ${names}.`,
    details,
  };
}
