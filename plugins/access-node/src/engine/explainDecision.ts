import type { Entity } from '@backstage/catalog-model';
import type { Permission } from '@backstage/plugin-permission-common';
import type { AccessExplanation } from '@localplus/plugin-access-common';
import { summarizePermission } from '../rules/permissionMatching';
import type {
  AccessIdentity,
  AccessPolicy,
  AccessRuleDecision,
} from '../types';
import { owningClaims, ownersOf } from './entityOwnership';
import {
  grantedToText,
  heldRolesText,
  personName,
  ruleText,
} from './explanationText';

/** What explaining a decision needs; `entity` is set when the resource is a loaded catalog entity. */
export interface ExplainInput {
  policy: AccessPolicy;
  identity: AccessIdentity;
  permission: Permission;
  decided: AccessRuleDecision;
  resourceRef?: string;
  entity?: Entity;
}

/** Why the person may or may not, in one sentence a person denied can read. */
export function explainDecision(input: ExplainInput): AccessExplanation {
  const { policy, identity, permission, decided, resourceRef, entity } = input;
  const who = personName(identity);
  const held = heldRolesText(identity.roles, policy.roles);
  const what = `${permission.name}${resourceRef ? ` on ${resourceRef}` : ''}`;
  let allowed: boolean;
  let reason: string;

  if (decided.decision === 'allow') {
    allowed = true;
    reason = `${who} may ${what}: ${ruleText(
      decided.rule,
    )} grants it ${grantedToText(
      decided.viaRoles,
      policy.roles,
    )}, and ${who} ${held}.`;
  } else if (decided.decision === 'deny') {
    allowed = false;
    reason = `${who} may not ${what}: ${who} ${held}, and no rule grants it to them, so the default rule denies it.`;
  } else if (entity) {
    const owning = owningClaims(entity, identity.ownershipClaims);
    allowed = owning.length > 0;
    const owners = ownersOf(entity);
    reason = allowed
      ? `${who} may ${what}: ${ruleText(decided.rule)} grants it ${
          decided.condition
        }, and ${resourceRef} is owned by ${owning.join(
          ', ',
        )}, which ${who} belongs to.`
      : `${who} may not ${what}: ${ruleText(decided.rule)} grants it ${
          decided.condition
        }, and ${resourceRef} is owned by ${
          owners.join(', ') || 'nobody'
        }, not by ${who} or their groups (${
          identity.groups.join(', ') || 'none'
        }).`;
  } else {
    // No resource to look at (or one the Access page cannot read, such as a
    // scaffolder task): the grant stays conditional, so it is not a yes.
    allowed = false;
    reason = `${who} may ${permission.name} ${decided.condition}: ${ruleText(
      decided.rule,
    )}.`;
  }

  return {
    userRef: identity.userRef,
    ...(identity.displayName ? { displayName: identity.displayName } : {}),
    roles: identity.roles,
    permission: summarizePermission(permission),
    ...(resourceRef ? { resourceRef } : {}),
    allowed,
    decision: decided.decision,
    rule: decided.rule,
    reason,
  };
}
