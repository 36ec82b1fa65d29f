import type {
  AccessDecisionKind,
  AccessExplanation,
  AccessHeldRole,
  AccessMatrix,
  AccessRole,
  AccessRoleId,
  AccessRuleSummary,
  AccessWhoCan,
} from '@localplus/plugin-access-common';
import type { Permission } from '@backstage/plugin-permission-common';

/**
 * A permission's action as the rules match it. Backstage permissions without
 * an action attribute (resourceless "do this" permissions such as
 * `kubernetes.proxy`) count as `use`.
 */
export type AccessPermissionAction =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'use';

/**
 * Which permissions a rule covers. Every field given must match (AND); within
 * a field any entry may match (OR). `names` and `excludeNames` entries may end
 * with `*` (`catalog.*`, or `*` for every permission). `excludeNames` takes
 * permissions out again: "every read action except scaffolder.task.read".
 */
export interface AccessPermissionMatcher {
  names?: string[];
  excludeNames?: string[];
  resourceTypes?: string[];
  actions?: AccessPermissionAction[];
}

/**
 * What a rule grants: `allow` outright, or `owner`: only on the resources
 * (entities, tasks) the person owns, as a conditional decision.
 */
export type AccessRuleGrant = 'allow' | 'owner';

/** One role of `localplus.access.roles`, its group refs made full. */
export interface AccessPolicyRole {
  id: AccessRoleId;
  title: string;
  description: string;
  /** Full group refs, `group:default/platform-team`. */
  groups: string[];
}

/** One rule of `localplus.access.rules`, in configured order. */
export interface AccessPolicyRule {
  id: string;
  description: string;
  /** The roles it applies to, or `'*'` for any signed-in person. */
  roles: AccessRoleId[] | '*';
  permissions: AccessPermissionMatcher;
  decision: AccessRuleGrant;
}

/** The whole policy, as read (and checked) from `localplus.access`. */
export interface AccessPolicy {
  roles: AccessPolicyRole[];
  rules: AccessPolicyRule[];
}

/** What the rules say for a set of roles and one permission. */
export interface AccessRuleDecision {
  decision: AccessDecisionKind;
  /** The deciding rule; `default-deny` when none grants. */
  rule: AccessRuleSummary;
  /** For conditional decisions, the condition in words. */
  condition?: string;
  /**
   * The held roles through which the deciding rule applied; empty for rules
   * open to any signed-in person and for the default deny.
   */
  viaRoles: AccessRoleId[];
}

/** A person as the policy sees them. */
export interface AccessIdentity {
  userRef: string;
  displayName?: string;
  /** True when the user entity exists in the catalog. */
  known: boolean;
  /** Direct groups and all their ancestors (full refs), sorted. */
  groups: string[];
  /** The roles held, each with the groups (direct or ancestor) giving it. */
  roles: AccessHeldRole[];
  /**
   * Refs that count as "the person" for ownership conditions: the user ref
   * and every group including ancestors, so a parent group's entities are
   * owned by the members of its sub-teams.
   */
  ownershipClaims: string[];
}

/** A decision for one person and one permission. */
export interface AccessDecision extends AccessRuleDecision {
  identity: AccessIdentity;
}

/** Turns user refs into identities, reading the catalog's org. */
export interface AccessRoleResolver {
  /** The identity of one user; unknown users hold no role. */
  identify(userRef: string): Promise<AccessIdentity>;
  /** Every user of the catalog, each with their identity. */
  listIdentities(): Promise<AccessIdentity[]>;
  /** Forget cached answers (tests, or after an org change). */
  clear(): void;
}

/**
 * The policy engine: decisions for the permission policy, explanations,
 * matrix and who-can for the Access page.
 */
export interface AccessPolicyEngine {
  readonly policy: AccessPolicy;
  readonly resolver: AccessRoleResolver;
  /** Pure: what the rules say for these roles. No catalog access. */
  decideForRoles(
    roles: readonly AccessRoleId[],
    permission: Permission,
  ): AccessRuleDecision;
  /** What the rules say for this person (roles read from the catalog). */
  decide(userRef: string, permission: Permission): Promise<AccessDecision>;
  /**
   * Why this person may or may not do this, on this entity when given. A
   * permission name is looked up among the engine's known permissions.
   * Throws InputError for an unknown permission name or a malformed ref,
   * NotFoundError for an entity missing from the catalog.
   */
  explain(
    userRef: string,
    permission: Permission | string,
    resourceRef?: string,
  ): Promise<AccessExplanation>;
  /** Every given permission against every role. */
  matrix(permissions: readonly Permission[]): AccessMatrix;
  /**
   * The catalog users allowed. Without a resource, only outright grants;
   * with an entity ref, also owners under an `owner` rule.
   */
  whoCan(
    permission: Permission | string,
    resourceRef?: string,
  ): Promise<AccessWhoCan>;
  /** The configured roles, their groups and members. */
  roles(): Promise<AccessRole[]>;
}
