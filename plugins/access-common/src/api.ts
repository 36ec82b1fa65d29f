/**
 * The Access API (`/api/access`), as the backend serves it and the Access
 * page reads it. Entity references are full refs (`user:default/alice`).
 */
import type { AccessRoleId } from './roles';

/** What the policy answers for one permission and one role. */
export type AccessDecisionKind =
  /** Granted outright. */
  | 'allow'
  /** Granted on the resources that match a condition (ownership, say). */
  | 'conditional'
  /** No rule grants it. */
  | 'deny';

/** A permission as the matrix and the explanations name it. */
export interface AccessPermissionSummary {
  name: string;
  /** `create`, `read`, `update`, `delete` or `use` (resourceless actions). */
  action: string;
  /** Present on resource permissions, e.g. `catalog-entity`. */
  resourceType?: string;
  /** The plugin that declared it, when known (`catalog`, `scaffolder`). */
  pluginId?: string;
}

/** A rule of the policy, as configured under `localplus.access.rules`. */
export interface AccessRuleSummary {
  id: string;
  description: string;
}

/** A person holding a role, and the groups through which they hold it. */
export interface AccessRoleMember {
  userRef: string;
  displayName?: string;
  viaGroups: string[];
}

/** GET /roles: each role, the groups mapped to it and its members. */
export interface AccessRole {
  id: AccessRoleId;
  title: string;
  description: string;
  groups: string[];
  members: AccessRoleMember[];
}

/** One cell of the roles-by-permissions matrix. */
export interface AccessMatrixCell {
  decision: AccessDecisionKind;
  /** The rule that decided; `default-deny` when none grants it. */
  ruleId: string;
  /** For conditional cells, the condition in words ("owners of the entity"). */
  condition?: string;
}

/** GET /matrix: every known permission against every role. */
export interface AccessMatrix {
  roles: Array<{ id: AccessRoleId; title: string }>;
  permissions: AccessPermissionSummary[];
  rules: AccessRuleSummary[];
  /** cells[permissionName][roleId] */
  cells: Record<string, Partial<Record<AccessRoleId, AccessMatrixCell>>>;
  /**
   * Plugins whose permissions could not be read (down, or serving no
   * permission metadata): the matrix lists what the others declare.
   */
  unavailablePlugins?: Array<{ pluginId: string; error: string }>;
}

/** The roles a person holds and the groups that give them. */
export interface AccessHeldRole {
  id: AccessRoleId;
  viaGroups: string[];
}

/**
 * GET /explain?user=&permission=&resourceRef=: what the policy decides for
 * this person, permission and (optionally) entity, and the rule that decided.
 */
export interface AccessExplanation {
  userRef: string;
  displayName?: string;
  roles: AccessHeldRole[];
  permission: AccessPermissionSummary;
  resourceRef?: string;
  /** Final answer for this person (and this entity, when given). */
  allowed: boolean;
  /** The policy's answer before the resource is looked at. */
  decision: AccessDecisionKind;
  rule: AccessRuleSummary;
  /** One sentence a person denied can read ("Thomas Keller holds ..."). */
  reason: string;
}

/** GET /who-can?permission=&resourceRef=: the people allowed, and why. */
export interface AccessWhoCan {
  permission: AccessPermissionSummary;
  resourceRef?: string;
  allowed: Array<{
    userRef: string;
    displayName?: string;
    ruleId: string;
    roles: AccessRoleId[];
  }>;
}

/** One entry of the audit trail. */
export interface AccessAuditEvent {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  /** `user:default/alice`, or the calling plugin for service requests. */
  actor: string;
  /** The permission name, or the auditor event id (`entity-mutate`). */
  action: string;
  resourceRef?: string;
  outcome: 'allowed' | 'conditional' | 'denied' | 'succeeded' | 'failed';
  /** The deciding rule, for policy decisions. */
  ruleId?: string;
  /** `policy` for permission decisions, `auditor` for Backstage auditor events. */
  source: 'policy' | 'auditor';
  /** The plugin where the action happened. */
  pluginId?: string;
  /** Short free text (auditor meta, or the reason of a denial). */
  detail?: string;
}

/** GET /audit?limit=&before=&actor=&outcome=: newest first. */
export interface AccessAuditPage {
  events: AccessAuditEvent[];
  /** Pass as `before` to read the next (older) page; absent on the last. */
  nextBefore?: string;
}
