import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';
import {
  AUDIT_OUTCOMES,
  AuditCursor,
  MAX_PAGE_SIZE,
  parseCursor,
} from './services/AuditTrailStore';

/** Kind, namespace and name parts as the catalog allows them. */
const REF_PART = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;

/**
 * A full or short entity ref (`user:default/alice`, `alice` for users),
 * given back in full form so the engine and the cache see one spelling.
 */
function entityRef(options: { defaultKind?: string; kind?: string } = {}) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(512, 'must be at most 512 characters')
    .transform((value, ctx) => {
      try {
        const ref = parseEntityRef(value, {
          defaultKind: options.defaultKind,
          defaultNamespace: 'default',
        });
        const parts = [ref.kind, ref.namespace, ref.name];
        if (!parts.every(part => REF_PART.test(part))) {
          throw new Error('bad part');
        }
        if (options.kind && ref.kind.toLowerCase() !== options.kind) {
          ctx.addIssue({
            code: 'custom',
            message: `must be a ${options.kind} entity ref`,
          });
          return z.NEVER;
        }
        return stringifyEntityRef(ref);
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an entity ref such as component:default/name',
        });
        return z.NEVER;
      }
    });
}

const permissionName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be a permission name');

export const whoCanQuery = z.strictObject({
  permission: permissionName,
  resourceRef: entityRef().optional(),
});

export const explainQuery = z.strictObject({
  user: entityRef({ defaultKind: 'user', kind: 'user' }),
  permission: permissionName,
  resourceRef: entityRef().optional(),
});

export const noQuery = z.strictObject({});

export const auditQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, 'must be at least 1')
        .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
    )
    .optional(),
  before: z
    .string()
    .max(100, 'must be at most 100 characters')
    .transform((value, ctx): AuditCursor => {
      const cursor = parseCursor(value);
      if (!cursor) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an ISO 8601 instant or a nextBefore value',
        });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  actor: z
    .string()
    .min(1, 'must not be empty')
    .max(512, 'must be at most 512 characters')
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9:/._-]*$/,
      'must be an entity ref or plugin:<id>',
    )
    .optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  action: permissionName.optional(),
});

/** Parses a request part, turning every failure into a 400 that names the key. */
export function parse<T>(
  schema: z.ZodType<T, any>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .map(issue =>
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.join(', ')}`
          : `${issue.path.join('.') || what}: ${issue.message}`,
      )
      .join('; ');
    throw new InputError(`Invalid ${what}: ${detail}`);
  }
  return result.data;
}
