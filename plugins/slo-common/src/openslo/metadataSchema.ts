import { z } from 'zod';

/** Kubernetes-style names (RFC 1123 labels), as OpenSLO asks for metadata.name. */
export const dnsName = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    'must be lowercase letters, digits and "-", starting and ending with a letter or digit',
  );

/** OpenSLO lets a label hold one value or a list of them. */
const labelValue = z.union([z.string(), z.array(z.string())], {
  error: 'must be a string or a list of strings (quote numbers and booleans)',
});

export const metadataSchema = z.object({
  name: dnsName,
  displayName: z.string().max(200).optional(),
  labels: z.record(z.string(), labelValue).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

/** OpenSLO v1 caps every `description` at 1050 characters. */
export const MAX_DESCRIPTION_LENGTH = 1050;

export const descriptionSchema = z
  .string()
  .max(
    MAX_DESCRIPTION_LENGTH,
    `must be at most ${MAX_DESCRIPTION_LENGTH} characters`,
  );

/**
 * A list entry that is either a reference (an object holding `refKey`) or the
 * object inline, each checked by its own schema so that problems name the
 * fields of the form the author wrote, not a failed union.
 */
export function refOrInline<R, I>(
  refKey: string,
  ref: z.ZodType<R>,
  inline: z.ZodType<I>,
) {
  return z.unknown().transform((value, ctx): R | I => {
    const isRef =
      typeof value === 'object' &&
      value !== null &&
      Object.prototype.hasOwnProperty.call(value, refKey);
    const result = (isRef ? ref : inline).safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path: issue.path as PropertyKey[],
        });
      }
      return z.NEVER;
    }
    return result.data as R | I;
  });
}
