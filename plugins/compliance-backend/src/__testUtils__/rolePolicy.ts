import { createBackendModule } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/**
 * Who may do what in a test backend: roles and their members. Services are
 * not asked about: Backstage grants a service principal everything its
 * access restrictions allow without consulting the policy.
 */
export interface ComplianceTestRoles {
  /** Role name -> the permission names it grants, e.g. `compliance.control.read`. */
  roles: Record<string, string[]>;
  /** User entity ref -> role name. A user not listed is granted nothing. */
  members: Record<string, string>;
}

/**
 * A permission policy module for the real permission backend: grants a
 * caller exactly the permissions of their role. `asked` records every
 * permission name the policy was asked about, in order.
 */
export function rolePolicyModule(roles: ComplianceTestRoles, asked: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'compliance-test-roles',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(request, user) {
              const permission = request.permission.name;
              asked.push(permission);
              const role = user && roles.members[user.info.userEntityRef];
              const granted = role ? roles.roles[role] ?? [] : [];
              return {
                result: granted.includes(permission)
                  ? AuthorizeResult.ALLOW
                  : AuthorizeResult.DENY,
              };
            },
          });
        },
      });
    },
  });
}
