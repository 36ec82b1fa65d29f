import type {
  BackstageUserPrincipal,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import type { AccessPolicyEngine } from '@localplus/plugin-access-node';
import type { DecisionRecorder } from './decisionRecorder';
import { ownershipDecision } from './ownershipConditions';

/** The signed-in person behind a policy query, if it is one. */
function userRefOf(user: PolicyQueryUser | undefined): string | undefined {
  const principal = user?.credentials.principal as
    | Partial<BackstageUserPrincipal>
    | undefined;
  return principal?.type === 'user' ? principal.userEntityRef : undefined;
}

/**
 * The id of the plugin acting on the person's behalf, when a plugin asks:
 * the actor of its on-behalf-of token, whose subject is `plugin:<id>`.
 */
function actingPluginOf(user: PolicyQueryUser | undefined): string | undefined {
  const principal = user?.credentials.principal as
    | Partial<BackstageUserPrincipal>
    | undefined;
  const subject =
    principal?.type === 'user' ? principal.actor?.subject : undefined;
  return subject?.replace(/^plugin:/, '');
}

/**
 * The LOCAL-PLUS permission policy: the access engine decides from the
 * person's roles, `owner` grants become conditions, and every decision on a
 * non-read permission taken while a plugin acts for a person is recorded.
 *
 * Service-to-service calls never reach a policy (the permissions service
 * allows them locally, within their access restrictions), and the permission
 * backend passes no user only for unauthenticated calls: those are denied.
 */
export class AccessPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly engine: AccessPolicyEngine,
    private readonly record: DecisionRecorder,
    private readonly logger: LoggerService,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const userRef = userRefOf(user);
    const actingPlugin = actingPluginOf(user);
    if (!userRef) {
      this.record({
        actor: 'anonymous',
        permission,
        outcome: 'denied',
        ruleId: 'default-deny',
        detail: 'No signed-in person.',
      });
      return { result: AuthorizeResult.DENY };
    }

    let decided;
    try {
      decided = await this.engine.decide(userRef, permission);
    } catch (error) {
      // Without the person's roles nothing can be granted safely.
      this.logger.error(
        `Access policy could not resolve the roles of ${userRef}; denying ${permission.name}: ${error}`,
      );
      this.record({
        actor: userRef,
        actingPlugin,
        permission,
        outcome: 'denied',
        ruleId: 'default-deny',
        detail: 'The roles of the person could not be read from the catalog.',
      });
      return { result: AuthorizeResult.DENY };
    }

    const { identity, rule } = decided;
    if (decided.decision === 'allow') {
      this.record({
        actor: userRef,
        actingPlugin,
        permission,
        outcome: 'allowed',
        ruleId: rule.id,
      });
      return { result: AuthorizeResult.ALLOW };
    }
    if (decided.decision === 'conditional') {
      this.record({
        actor: userRef,
        actingPlugin,
        permission,
        outcome: 'conditional',
        ruleId: rule.id,
        detail: `Granted ${decided.condition}.`,
      });
      return ownershipDecision(permission, identity, userRef);
    }
    this.record({
      actor: userRef,
      actingPlugin,
      permission,
      outcome: 'denied',
      ruleId: rule.id,
      detail: identity.roles.length
        ? `Held roles: ${identity.roles.map(role => role.id).join(', ')}.`
        : 'Holds no role.',
    });
    return { result: AuthorizeResult.DENY };
  }
}
