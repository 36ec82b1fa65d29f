import type { z } from 'zod';
import { oneLine } from '../sources/httpGet';
import { InvalidParamsError } from './CheckScopeError';

/**
 * A check's parameters as a control gives them, read with the check's zod
 * schema: the parameters with their defaults, or an {@link InvalidParamsError}
 * naming each field at fault (unknown keys by name), so a typo in a control
 * file never silently widens or narrows a check.
 */
export function parseCheckParams<T>(
  check: string,
  schema: z.ZodType<T>,
  params: unknown,
): T {
  const parsed = schema.safeParse(params ?? {});
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .map(issue => {
      const where = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        return `${where ? `${where}: ` : ''}unknown ${issue.keys.join(', ')}`;
      }
      return `${where || 'params'}: ${issue.message}`;
    })
    .join('; ');
  throw new InvalidParamsError(
    check,
    `Invalid parameters of ${check}: ${oneLine(detail)}`,
  );
}
