import { InputError } from '@backstage/errors';
import { parseDecisionId } from '@localplus/plugin-adr-common';
import { z } from 'zod/v3';

/*
 * The action's input, checked again in the handler: the task runner only
 * checks the JSON Schema derived from these fields, which applies no
 * defaults and runs no refinements. The ADR backend checks everything once
 * more; these rules give the template's user the message first.
 */

// The ADR backend's own limits (POST /records), so the user hears them first.
const ENTITY_REF_PATTERN = /^[a-z0-9-]+:[a-z0-9._-]+\/[a-z0-9._-]+$/i;
const MAX_MARKDOWN = 20_000;
const MAX_LIST = 20;
const MAX_ENTRY = 100;
const TITLE_MIN = 3;
const TITLE_MAX = 120;
/** Markdown keeps line breaks and tabs; other control characters have no place in a record. */
const MARKDOWN_CHARACTERS = /^(?:[\t\n\r]|\P{Cc})*$/u;

/** A template expression left unrendered means the template is broken. */
const noTemplateExpression = (text: string) =>
  !text.includes('${{') && !text.includes('{%');

const singleLine = (zImpl: typeof z, max: number, min = 1) =>
  zImpl
    .string({ required_error: 'is required' })
    .trim()
    .min(
      min,
      min === 1 ? 'must not be empty' : `must be at least ${min} characters`,
    )
    .max(max, `must be at most ${max} characters`)
    .regex(/^\P{Cc}+$/u, 'must be a single line of text')
    .refine(noTemplateExpression, 'must not contain a template expression');

const markdown = (zImpl: typeof z) =>
  zImpl
    .string({ required_error: 'is required' })
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_MARKDOWN, `must be at most ${MAX_MARKDOWN} characters`)
    .regex(MARKDOWN_CHARACTERS, 'must not contain control characters')
    .refine(noTemplateExpression, 'must not contain a template expression');

const nameList = (zImpl: typeof z, what: string) =>
  zImpl
    .array(singleLine(zImpl, MAX_ENTRY))
    .max(MAX_LIST, `must list at most ${MAX_LIST} ${what}`)
    .default([]);

export const decisionRecordInput = {
  entityRef: (zImpl: typeof z) =>
    zImpl
      .string({ required_error: 'is required' })
      .regex(
        ENTITY_REF_PATTERN,
        'must be an entity reference like component:default/docs',
      )
      .describe(
        'The entity whose decision folder (backstage.io/adr-location) gets the record',
      ),
  title: (zImpl: typeof z) =>
    singleLine(zImpl, TITLE_MAX, TITLE_MIN).describe(
      'Short title of the problem and its solution',
    ),
  context: (zImpl: typeof z) =>
    markdown(zImpl).describe('Context and problem statement (markdown)'),
  options: (zImpl: typeof z) =>
    zImpl
      .array(singleLine(zImpl, MAX_ENTRY))
      .max(MAX_LIST, `must list at most ${MAX_LIST} options`)
      .default([])
      .describe('Considered options, one per entry'),
  decision: (zImpl: typeof z) =>
    markdown(zImpl).describe(
      'The decision outcome: the chosen option and why (markdown)',
    ),
  consequences: (zImpl: typeof z) =>
    markdown(zImpl)
      .optional()
      .describe('Consequences, good and bad (markdown)'),
  status: (zImpl: typeof z) =>
    zImpl
      .enum(['proposed', 'accepted'])
      .default('proposed')
      .describe('proposed (the default) or accepted'),
  decisionMakers: (zImpl: typeof z) =>
    nameList(zImpl, 'decision-makers').describe(
      'Who decides: groups or people as the catalog names them',
    ),
  consulted: (zImpl: typeof z) =>
    nameList(zImpl, 'consulted').describe(
      'Whose opinion is sought (two-way communication)',
    ),
  informed: (zImpl: typeof z) =>
    nameList(zImpl, 'informed').describe(
      'Who is kept up to date (one-way communication)',
    ),
  tags: (zImpl: typeof z) =>
    zImpl
      .array(singleLine(zImpl, MAX_ENTRY))
      .max(MAX_LIST, `must list at most ${MAX_LIST} tags`)
      .default([])
      .describe('Keywords for the decision log filters'),
  supersedes: (zImpl: typeof z) =>
    zImpl
      .array(
        zImpl
          .string()
          .refine(
            id => parseDecisionId(id) !== undefined,
            'must be decision ids like component:default/docs/0005-central-argocd',
          ),
      )
      .max(MAX_LIST, `must list at most ${MAX_LIST} decisions`)
      .default([])
      .describe('Ids of the decisions this one supersedes'),
};

type InputFields = typeof decisionRecordInput;

export type DecisionRecordInput = {
  [K in keyof InputFields]: z.output<ReturnType<InputFields[K]>>;
};

function fieldName(path: (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`,
    )
    .join('');
}

/** zod's enum message repeats the value received; say what is allowed instead. */
const withoutValues: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === z.ZodIssueCode.invalid_enum_value) {
    return { message: `must be one of ${issue.options.join(', ')}` };
  }
  return { message: ctx.defaultError };
};

/** The input checked against the action's own fields; an InputError naming every field at fault. */
export function readDecisionRecordInput(
  actionId: string,
  input: unknown,
): DecisionRecordInput {
  const schema = z.object(
    Object.fromEntries(
      Object.entries(decisionRecordInput).map(([name, field]) => [
        name,
        field(z),
      ]),
    ),
  );
  const result = schema.safeParse(input ?? {}, { errorMap: withoutValues });
  if (!result.success) {
    const problems = result.error.issues.map(issue => {
      const message =
        issue.message === 'Required' ? 'is required' : issue.message;
      return `${fieldName(issue.path) || 'input'}: ${message}`;
    });
    throw new InputError(
      `Invalid input to ${actionId}: ${problems.join('; ')}`,
    );
  }
  return result.data as DecisionRecordInput;
}
