import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import type { AccessMatrixAnswer, AccessRoles } from '../client/accessSchemas';
import { POLICY_CHECK } from './accessCheckPlans';
import { EXAMINED } from './examined';
import type { Reading } from './reading';

export const POLICY_SUBJECT = 'portal:access-policy';

/** Names listed in a summary; the rest are counted. */
const LISTED = 5;

/** A permission every role holds outright, and the rules that grant it. */
interface EveryoneGrant {
  permission: string;
  rules: string[];
}

/**
 * Permissions other than reads that every role of the matrix holds outright
 * (`allow`). A conditional grant (owners only) is not a grant to everyone.
 */
function grantedToEveryone(matrix: AccessMatrixAnswer): EveryoneGrant[] {
  const roleIds = matrix.roles.map(role => role.id);
  return matrix.permissions
    .filter(permission => permission.action !== 'read')
    .flatMap(permission => {
      const row = matrix.cells[permission.name] ?? {};
      const cells = roleIds.map(id => row[id]);
      if (roleIds.length === 0 || !cells.every(c => c?.decision === 'allow')) {
        return [];
      }
      const rules = [...new Set(cells.map(cell => cell!.ruleId))].sort();
      return [{ permission: permission.name, rules }];
    })
    .sort((a, b) => a.permission.localeCompare(b.permission));
}

function listed(grants: EveryoneGrant[]): string {
  const names = grants
    .slice(0, LISTED)
    .map(g => `${g.permission} (rule ${g.rules.join(', ')})`);
  const more = grants.length - LISTED;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/**
 * `access.policy`: the policy in force grants no permission other than
 * reads to every role. Its rules and how many people hold each role are the
 * details, for the auditor to see the policy examined.
 */
export function policyObservation(
  reading: Reading<{ roles: AccessRoles; matrix: AccessMatrixAnswer }>,
): CollectedObservation {
  const common = {
    check: POLICY_CHECK,
    subject: POLICY_SUBJECT,
    method: 'examine' as const,
    examined: [EXAMINED.matrix, EXAMINED.roles],
  };
  if (!reading.ok) {
    return {
      ...common,
      result: 'error',
      summary: `The access policy was not read: ${reading.reason}.`,
    };
  }
  const { roles, matrix } = reading.value;
  const grants = grantedToEveryone(matrix);
  const unavailable = (matrix.unavailablePlugins ?? []).map(p => p.pluginId);
  const details = {
    rules: matrix.rules.map(rule => rule.id),
    roleMembers: Object.fromEntries(
      roles.map(role => [role.id, role.members.length]),
    ),
    permissions: matrix.permissions.length,
    grantedToEveryone: grants.map(g => ({
      permission: g.permission,
      rules: g.rules,
    })),
    ...(unavailable.length > 0 && { unavailablePlugins: unavailable }),
  };
  if (grants.length > 0) {
    return {
      ...common,
      result: 'fail',
      summary: `${grants.length} permission${
        grants.length === 1 ? '' : 's'
      } other than reads ${
        grants.length === 1 ? 'is' : 'are'
      } granted to every role: ${listed(grants)}.`,
      details,
    };
  }
  const scope = `${matrix.permissions.length} permissions, ${matrix.roles.length} roles, ${matrix.rules.length} rules`;
  if (unavailable.length > 0) {
    // What could not be read may hold the very grant the check looks for.
    return {
      ...common,
      result: 'error',
      summary: `The permissions of ${unavailable.join(
        ', ',
      )} could not be read, so the policy was checked only in part (${scope}: none other than reads granted to every role).`,
      details,
    };
  }
  return {
    ...common,
    result: 'pass',
    summary: `No permission other than reads is granted to every role (${scope} examined).`,
    details,
  };
}
