import { z } from 'zod';
import type { NewAuditEvent } from './AuditTrailStore';

/** Printable text without control characters (NUL among them, which PostgreSQL refuses). */
const printable = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // Control characters are exactly what this refuses.
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

/** An instant with its zone, as `Date.prototype.toISOString` writes them. */
export const isoInstant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 instant with a zone',
});

export const AUDIT_OUTCOMES = [
  'allowed',
  'conditional',
  'denied',
  'succeeded',
  'failed',
] as const;

/**
 * An audit event as it arrives on the events topic or through `append`.
 * Strict: the topic is open to every plugin of the backend, so what it
 * carries is checked as any other input.
 */
export const newAuditEventSchema = z.strictObject({
  at: isoInstant,
  actor: printable(512),
  action: printable(255),
  resourceRef: printable(512).optional(),
  outcome: z.enum(AUDIT_OUTCOMES),
  ruleId: printable(255).optional(),
  source: z.enum(['policy', 'auditor']),
  // Loose on purpose: evidence is not dropped over a plugin id's spelling.
  pluginId: z
    .string()
    .max(64, 'must be at most 64 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plugin id')
    .optional(),
  // Free text may hold line breaks (an error message); NUL never.
  detail: z
    .string()
    .max(1000, 'must be at most 1000 characters')
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000]*$/, 'must not contain NUL')
    .optional(),
}) satisfies z.ZodType<NewAuditEvent>;

/** Describes what is wrong with a value that failed a schema, naming each field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || 'value'}: ${issue.message}`,
    )
    .join('; ');
}
