import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/** At most this many problems are named in one 400, so a hostile request cannot inflate the answer. */
export const MAX_ISSUES_NAMED = 10;

/**
 * Checks one part of a request (`what`: "query", "body", "parameters") against
 * its schema and returns the parsed value. A failure is a 400 `InputError`
 * naming each parameter at fault (at most {@link MAX_ISSUES_NAMED}); a key the
 * schema does not know (a strict object) is named as an unknown parameter.
 */
export function parseRequest<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues
    .slice(0, MAX_ISSUES_NAMED)
    .map(issue =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter ${issue.keys.join(', ')}`
        : `${issue.path.join('.') || what}: ${issue.message}`,
    );
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}
