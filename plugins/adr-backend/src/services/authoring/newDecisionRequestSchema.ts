import { InputError } from '@backstage/errors';
import type { NewDecisionRequest } from '@localplus/plugin-adr-common';
import { z } from 'zod';

export const TITLE_MIN_LENGTH = 3;
export const TITLE_MAX_LENGTH = 120;
export const TEXT_MAX_LENGTH = 20_000;
export const LIST_MAX_ENTRIES = 20;
export const ENTRY_MAX_LENGTH = 100;

/** No control characters at all: the value lands in a heading, a list item or the front matter. */
const SINGLE_LINE = /^\P{Cc}*$/u;
/** Markdown keeps its line breaks and tabs; other control characters have no business in a record. */
const TEXT = /^(?:[\t\n\r]|\P{Cc})*$/u;

const line = (max: number, min = 1) =>
  z
    .string('must be a string')
    .trim()
    .min(
      min,
      min === 1 ? 'must not be empty' : `must be at least ${min} characters`,
    )
    .max(max, `must be at most ${max} characters`)
    .regex(SINGLE_LINE, 'must be a single line without control characters');

const markdown = z
  .string('must be a string')
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_MAX_LENGTH, `must be at most ${TEXT_MAX_LENGTH} characters`)
  .regex(TEXT, 'must not contain control characters');

/** Repeated entries are kept once, in their first place. */
const list = (entry: z.ZodType<string>) =>
  z
    .array(entry, 'must be a list')
    .max(LIST_MAX_ENTRIES, `must have at most ${LIST_MAX_ENTRIES} entries`)
    .transform(entries => [...new Set(entries)]);

/** POST /records, checked before anything is numbered or written. */
export const newDecisionRequestSchema = z.strictObject(
  {
    entityRef: line(400),
    title: line(TITLE_MAX_LENGTH, TITLE_MIN_LENGTH),
    context: markdown,
    options: list(line(ENTRY_MAX_LENGTH)).optional(),
    decision: markdown,
    consequences: markdown.optional(),
    status: z
      .enum(['proposed', 'accepted'], 'must be proposed or accepted')
      .optional(),
    decisionMakers: list(line(ENTRY_MAX_LENGTH)).optional(),
    consulted: list(line(ENTRY_MAX_LENGTH)).optional(),
    informed: list(line(ENTRY_MAX_LENGTH)).optional(),
    tags: list(line(ENTRY_MAX_LENGTH)).optional(),
    supersedes: list(line(400)).optional(),
  },
  'must be an object',
);

/** `options[3]` rather than `options.3`. */
function fieldName(path: PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number'
        ? `[${part}]`
        : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('');
}

/** The request, trimmed and de-duplicated, or an InputError naming each field at fault. */
export function parseNewDecisionRequest(value: unknown): NewDecisionRequest {
  const result = newDecisionRequestSchema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .slice(0, 10)
      .map(issue =>
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.join(', ')}`
          : `${fieldName(issue.path) || 'request'}: ${issue.message}`,
      )
      .join('; ');
    throw new InputError(`Invalid new decision: ${detail}`);
  }
  return result.data;
}
