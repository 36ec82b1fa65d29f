import {
  isResourcePermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import type {
  AccessRoleId,
  AccessRuleSummary,
} from '@localplus/plugin-access-common';
import type {
  AccessPolicy,
  AccessPolicyRule,
  AccessRuleDecision,
} from '../types';
import { permissionMatches } from './permissionMatching';

/** The built-in last rule: whatever no rule grants is denied. */
export const DEFAULT_DENY_RULE: AccessRuleSummary = {
  id: 'default-deny',
  description: 'No rule of the access policy grants this permission.',
};

/**
 * The resource types on which ownership can be expressed as a condition the
 * owning plugin filters in its database. An `owner` rule on another resource
 * type, or on a resourceless permission, grants nothing: there is no resource
 * to check the owner of.
 */
const OWNERSHIP_CONDITIONS: Record<string, string> = {
  'catalog-entity':
    'only on entities owned by the person or by one of their groups (parent groups included)',
  'scaffolder-task': 'only on scaffolder tasks the person started',
};

/** The condition of an `owner` grant in words, or undefined when it cannot apply. */
export function ownerConditionText(permission: Permission): string | undefined {
  return isResourcePermission(permission)
    ? OWNERSHIP_CONDITIONS[permission.resourceType]
    : undefined;
}

function summary(rule: AccessPolicyRule): AccessRuleSummary {
  return { id: rule.id, description: rule.description };
}

function rolesThrough(
  rule: AccessPolicyRule,
  held: readonly AccessRoleId[],
): AccessRoleId[] | undefined {
  if (rule.roles === '*') return [];
  const via = rule.roles.filter(role => held.includes(role));
  return via.length > 0 ? via : undefined;
}

/**
 * What the rules say for a person holding these roles: `allow` when any
 * matching rule for one of the roles (or for everyone) allows, the first such
 * rule deciding; else `conditional` under the first matching `owner` rule;
 * else deny by the default rule.
 */
export function decideForRoles(
  policy: AccessPolicy,
  held: readonly AccessRoleId[],
  permission: Permission,
): AccessRuleDecision {
  let owner: AccessRuleDecision | undefined;
  for (const rule of policy.rules) {
    if (!permissionMatches(rule.permissions, permission)) continue;
    const via = rolesThrough(rule, held);
    if (!via) continue;
    if (rule.decision === 'allow') {
      return { decision: 'allow', rule: summary(rule), viaRoles: via };
    }
    const condition = ownerConditionText(permission);
    if (!owner && condition) {
      owner = {
        decision: 'conditional',
        rule: summary(rule),
        condition,
        viaRoles: via,
      };
    }
  }
  return owner ?? { decision: 'deny', rule: DEFAULT_DENY_RULE, viaRoles: [] };
}
