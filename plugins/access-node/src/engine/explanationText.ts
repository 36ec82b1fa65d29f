import type {
  AccessHeldRole,
  AccessRuleSummary,
} from '@localplus/plugin-access-common';
import type { AccessIdentity, AccessPolicyRole } from '../types';

/** How a person is named in a sentence: display name, else their ref. */
export function personName(identity: AccessIdentity): string {
  return identity.displayName ?? identity.userRef;
}

/** "holds developer (via group:default/engineering)", or "holds no role". */
export function heldRolesText(
  held: readonly AccessHeldRole[],
  roles: readonly AccessPolicyRole[],
): string {
  if (held.length === 0) return 'holds no role';
  const parts = held.map(role => {
    const title = roles.find(r => r.id === role.id)?.title ?? role.id;
    return `${title} (via ${role.viaGroups.join(', ')})`;
  });
  return `holds ${parts.join(', ')}`;
}

export function ruleText(rule: AccessRuleSummary): string {
  return `rule "${rule.id}" (${rule.description.replace(/\.$/, '')})`;
}

/** "to Developer, Tech lead" or "to every signed-in person". */
export function grantedToText(
  viaRoles: readonly string[],
  roles: readonly AccessPolicyRole[],
): string {
  if (viaRoles.length === 0) return 'to every signed-in person';
  const titles = viaRoles.map(id => roles.find(r => r.id === id)?.title ?? id);
  return `to ${titles.join(', ')}`;
}
