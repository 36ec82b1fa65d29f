import type { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ACCESS_ROLE_IDS } from '@localplus/plugin-access-common';
import type { AccessPolicy, AccessPolicyRole } from '../types';
import { accessPolicySchema } from './accessPolicySchema';

/** Where the policy lives in app-config. */
export const ACCESS_CONFIG_KEY = 'localplus.access';

function keyOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (key, part) =>
      typeof part === 'number' ? `${key}[${part}]` : `${key}.${String(part)}`,
    ACCESS_CONFIG_KEY,
  );
}

function groupRef(value: string, key: string): string {
  let ref;
  try {
    ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new Error(`${key} is not a catalog group reference: "${value}"`);
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new Error(`${key} must name a group, got the ${ref.kind} "${value}"`);
  }
  // Catalog refs compare case-insensitively; keep one spelling everywhere.
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

/**
 * Reads and checks `localplus.access`. Throws, naming the key at fault, when
 * the policy is missing, incomplete or malformed: the backend must not start
 * without one, since no policy would mean no access control.
 */
export function readAccessPolicyConfig(root: Config): AccessPolicy {
  if (!root.has(ACCESS_CONFIG_KEY)) {
    throw new Error(
      `${ACCESS_CONFIG_KEY} is missing: the backend refuses to start without an access policy (roles and rules)`,
    );
  }
  const parsed = accessPolicySchema.safeParse(root.get(ACCESS_CONFIG_KEY));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys' || issue.code === 'invalid_key') {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const hint =
        path.length === 1 && path[0] === 'roles'
          ? ` (the roles are ${ACCESS_ROLE_IDS.join(', ')})`
          : '';
      throw new Error(
        `${keyOf(path)} has unknown keys: ${
          keys.join(', ') || 'see the schema'
        }${hint}`,
      );
    }
    if (
      issue.code === 'invalid_type' &&
      /received undefined$/.test(issue.message)
    ) {
      throw new Error(`${keyOf(path)} is required`);
    }
    throw new Error(`${keyOf(path)}: ${issue.message}`);
  }

  const roles: AccessPolicyRole[] = ACCESS_ROLE_IDS.map(id => {
    const role = parsed.data.roles[id];
    return {
      id,
      title: role.title,
      description: role.description,
      groups: [
        ...new Set(
          role.groups.map((group, index) =>
            groupRef(group, keyOf(['roles', id, 'groups', index])),
          ),
        ),
      ],
    };
  });

  const seen = new Set<string>();
  parsed.data.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      throw new Error(
        `${keyOf(['rules', index, 'id'])} repeats the rule id "${rule.id}"`,
      );
    }
    seen.add(rule.id);
  });

  return {
    roles,
    rules: parsed.data.rules.map(rule => ({
      ...rule,
      roles: rule.roles === '*' ? '*' : [...new Set(rule.roles)],
    })),
  };
}
