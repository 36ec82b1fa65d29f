import { z } from 'zod';
import { ACCESS_ROLE_IDS } from '@localplus/plugin-access-common';

/** Rule ids appear in URLs, audit rows and explanations: keep them plain. */
const ruleId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be lowercase letters, digits and dashes, at most 63 characters',
  )
  .refine(id => id !== 'default-deny', {
    message: '"default-deny" is reserved for the built-in final rule',
  });

const text = (max: number) => z.string().trim().min(1).max(max);

const permissionName = z
  .string()
  .regex(
    /^(\*|[A-Za-z0-9][\w.-]{0,127}\*?)$/,
    'must be a permission name, optionally ending with * ("catalog.*", "*")',
  );

const matcher = z
  .strictObject({
    names: z.array(permissionName).min(1).max(200).optional(),
    excludeNames: z.array(permissionName).min(1).max(200).optional(),
    resourceTypes: z.array(text(100)).min(1).max(50).optional(),
    actions: z
      .array(z.enum(['create', 'read', 'update', 'delete', 'use']))
      .min(1)
      .max(5)
      .optional(),
  })
  .refine(m => m.names || m.resourceTypes || m.actions, {
    message:
      'must name at least one of names, resourceTypes or actions (names: ["*"] matches every permission)',
  });

const role = z.strictObject({
  title: text(100),
  description: text(500),
  // Catalog group refs or bare names; an empty list keeps the role unused.
  groups: z.array(text(300)).max(200),
});

const rule = z.strictObject({
  id: ruleId,
  description: text(500),
  roles: z.union(
    [
      z.literal('*'),
      z.array(z.enum(ACCESS_ROLE_IDS)).min(1).max(ACCESS_ROLE_IDS.length),
    ],
    {
      error: `must be '*' or a list of role ids (${ACCESS_ROLE_IDS.join(
        ', ',
      )})`,
    },
  ),
  permissions: matcher,
  decision: z.enum(['allow', 'owner']),
});

/**
 * `localplus.access` as written in app-config. Other keys of the section
 * belong to the Access backend (audit trail, matrix), hence not strict here.
 */
export const accessPolicySchema = z.object({
  // A record keyed by an enum is exhaustive: every role must be configured.
  roles: z.record(z.enum(ACCESS_ROLE_IDS), role),
  rules: z.array(rule).min(1).max(500),
});

export type AccessPolicyInput = z.infer<typeof accessPolicySchema>;
