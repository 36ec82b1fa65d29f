import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/** The per-field zod callbacks an action declares as its input schema. */
export type ActionInputFields = Record<
  string,
  (zImpl: typeof z) => z.ZodTypeAny
>;

export type ValidatedInput<TFields extends ActionInputFields> = {
  [K in keyof TFields]: z.output<ReturnType<TFields[K]>>;
};

function fieldName(path: (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`,
    )
    .join('');
}

/** zod's enum message repeats the received value; say what is allowed instead. */
const withoutValues: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.invalid_enum_value) {
    return { message: `must be one of ${issue.options.join(', ')}` };
  }
  return { message: ctx.defaultError };
};

/**
 * Checks the input again inside the action, against the same zod fields the
 * action declares. The task runner only checks the JSON Schema derived from
 * them, which neither applies defaults nor runs refinements, and direct calls
 * (tests, other actions) are not checked at all.
 *
 * The error names each offending field with the rule it breaks; it never
 * repeats the offending value, which could be a secret put in the wrong place.
 */
export function validateActionInput<TFields extends ActionInputFields>(
  actionId: string,
  fields: TFields,
  input: unknown,
): ValidatedInput<TFields> {
  const schema = z.object(
    Object.fromEntries(
      Object.entries(fields).map(([name, field]) => [name, field(z)]),
    ),
  );
  const result = schema.safeParse(input ?? {}, { errorMap: withoutValues });
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const name = fieldName(issue.path) || 'input';
      const message =
        issue.message === 'Required' ? 'is required' : issue.message;
      return `${name}: ${message}`;
    });
    throw new InputError(
      `Invalid input to ${actionId}: ${problems.join('; ')}`,
    );
  }
  return result.data as ValidatedInput<TFields>;
}
