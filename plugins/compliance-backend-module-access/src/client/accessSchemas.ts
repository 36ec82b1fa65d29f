import { ACCESS_ROLE_IDS } from '@localplus/plugin-access-common';
import { z } from 'zod';

/**
 * The parts of the Access API's answers the checks read
 * (`@localplus/plugin-access-common` api.ts), checked on arrival so that a
 * changed or broken answer is an error observation naming the field, not a
 * wrong conclusion. Other fields pass through untouched.
 */

const roleId = z.enum(ACCESS_ROLE_IDS);

export const rolesSchema = z.array(
  z.object({
    id: roleId,
    title: z.string(),
    groups: z.array(z.string()),
    members: z.array(
      z.object({
        userRef: z.string(),
        displayName: z.string().optional(),
        viaGroups: z.array(z.string()),
      }),
    ),
  }),
);

export const matrixSchema = z.object({
  roles: z.array(z.object({ id: roleId, title: z.string() })),
  permissions: z.array(
    z.object({
      name: z.string(),
      action: z.string(),
      pluginId: z.string().optional(),
    }),
  ),
  rules: z.array(z.object({ id: z.string(), description: z.string() })),
  cells: z.record(
    z.string(),
    z.partialRecord(
      roleId,
      z.object({
        decision: z.enum(['allow', 'conditional', 'deny']),
        ruleId: z.string(),
      }),
    ),
  ),
  unavailablePlugins: z
    .array(z.object({ pluginId: z.string(), error: z.string() }))
    .optional(),
});

export const auditPageSchema = z.object({
  events: z.array(
    z.object({
      at: z.iso.datetime({ offset: true }),
      actor: z.string(),
      action: z.string(),
    }),
  ),
  nextBefore: z.string().optional(),
});

export type AccessRoles = z.infer<typeof rolesSchema>;
export type AccessMatrixAnswer = z.infer<typeof matrixSchema>;
export type AccessAuditPageAnswer = z.infer<typeof auditPageSchema>;
