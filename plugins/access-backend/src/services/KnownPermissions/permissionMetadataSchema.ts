import type { Permission } from '@backstage/plugin-permission-common';
import { z } from 'zod';

const name = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be a permission name');

const attributes = z.object({
  action: z.enum(['create', 'read', 'update', 'delete']).optional(),
});

const basicPermission = z.object({
  type: z.literal('basic'),
  name,
  attributes,
});

const resourcePermission = z.object({
  type: z.literal('resource'),
  name,
  attributes,
  resourceType: z.string().min(1).max(255),
});

/**
 * What `/.well-known/backstage/permissions/metadata` answers. Unknown
 * fields (the rules' JSON schemas) pass; the permissions are checked, and a
 * plugin declaring thousands is refused rather than trusted.
 */
export const permissionMetadataSchema = z.object({
  permissions: z
    .array(z.discriminatedUnion('type', [basicPermission, resourcePermission]))
    .max(2000),
});

export function toPermission(
  parsed: z.infer<typeof permissionMetadataSchema>['permissions'][number],
): Permission {
  return parsed.type === 'resource'
    ? {
        type: 'resource',
        name: parsed.name,
        attributes: { ...parsed.attributes },
        resourceType: parsed.resourceType,
      }
    : {
        type: 'basic',
        name: parsed.name,
        attributes: { ...parsed.attributes },
      };
}
