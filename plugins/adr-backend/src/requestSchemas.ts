import {
  DECISION_STATUSES,
  DecisionStatus,
  parseDecisionId,
} from '@localplus/plugin-adr-common';
import { z } from 'zod';
import { MAX_QUERY_WORDS } from './services/store/decisionFilters';
import { MAX_PAGE_SIZE } from './services/store/DecisionStore';

/** No control characters: every text parameter is one line. */
const isSingleLine = (value: string) =>
  [...value].every(character => {
    const code = character.charCodeAt(0);
    return code >= 0x20 && code !== 0x7f;
  });
const SINGLE_LINE_MESSAGE = 'must not contain control characters';
const NAME_PART = /^[a-z0-9][a-z0-9._-]*$/i;
const MAX_DEPTH = 5;

const oneLine = (max: number) =>
  z
    .string('must be text')
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(isSingleLine, SINGLE_LINE_MESSAGE);

/** `component:default/svc-ledger`, lower-cased as the index keeps refs. */
export const entityRef = z
  .string('must be text')
  .max(400, 'must be at most 400 characters')
  .refine(value => {
    const [kind, rest] = value.split(/:(.*)/s);
    const [namespace, name, extra] = (rest ?? '').split('/');
    return (
      extra === undefined &&
      [kind, namespace, name].every(part => part && NAME_PART.test(part))
    );
  }, 'must be an entity ref like component:default/svc-ledger')
  .transform(value => value.toLocaleLowerCase('en-US'));

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const day = z
  .string('must be a date')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-01')
  .refine(isCalendarDay, 'must be a date that exists');

/** A whole number written in decimal, within bounds. */
const wholeNumber = (min: number, max: number) =>
  z
    .string('must be a number')
    .regex(/^\d{1,7}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );

const statuses = z
  .string('must be a comma-separated list')
  .max(200, 'must be at most 200 characters')
  .transform(value => value.split(',').map(status => status.trim()))
  .pipe(
    z
      .array(
        z.enum(
          DECISION_STATUSES as [DecisionStatus, ...DecisionStatus[]],
          `must be among ${DECISION_STATUSES.join(', ')}`,
        ),
      )
      .refine(
        list => new Set(list).size === list.length,
        'lists a status more than once',
      ),
  );

const words = z
  .string('must be text')
  .max(500, 'must be at most 500 characters')
  .refine(isSingleLine, SINGLE_LINE_MESSAGE)
  .refine(
    value => value.split(/\s+/).filter(Boolean).length <= MAX_QUERY_WORDS,
    `must be at most ${MAX_QUERY_WORDS} words`,
  );

/** GET /decisions */
export const decisionsQuery = z
  .strictObject({
    status: statuses.optional(),
    from: day.optional(),
    to: day.optional(),
    system: entityRef.optional(),
    owner: entityRef.optional(),
    entityRef: entityRef.optional(),
    decisionMaker: oneLine(200).optional(),
    tag: oneLine(200).optional(),
    q: words.optional(),
    order: z.enum(['date', 'number'], 'must be date or number').optional(),
    include: z.literal('text', 'must be text').optional(),
    limit: wholeNumber(1, MAX_PAGE_SIZE).optional(),
    offset: wholeNumber(0, 1_000_000).optional(),
  })
  .refine(query => !query.from || !query.to || query.from <= query.to, {
    message: 'must not be after to',
    path: ['from'],
  });

/** GET /decisions/:kind/:namespace/:name/:slug */
export const decisionParams = z.strictObject({
  kind: z.string().max(253).regex(NAME_PART, 'must be an entity kind'),
  namespace: z.string().max(253).regex(NAME_PART, 'must be a namespace'),
  name: z.string().max(253).regex(NAME_PART, 'must be an entity name'),
  slug: z
    .string()
    .min(1)
    .max(255, 'must be at most 255 characters')
    .refine(
      slug => isSingleLine(slug) && !/[/\\]/.test(slug),
      'must be a file name without .md',
    )
    .refine(slug => slug !== '.' && slug !== '..', 'must be a file name'),
});

/** `component:default/docs/0005-central-argocd`, with its entity part lower-cased as ids are. */
const decisionIdParameter = z
  .string('must be a decision id')
  .max(1000, 'must be at most 1000 characters')
  .refine(isSingleLine, SINGLE_LINE_MESSAGE)
  .transform((value, context) => {
    const parts = parseDecisionId(value);
    if (!parts) {
      context.addIssue({
        code: 'custom',
        message:
          'must be a decision id like component:default/docs/0005-central-argocd',
      });
      return z.NEVER;
    }
    return `${parts.entityRef}/${parts.slug}`;
  });

/** GET /graph */
export const graphQuery = z.strictObject({
  decision: decisionIdParameter.optional(),
  depth: wholeNumber(1, MAX_DEPTH).optional(),
});

/** GET /problems */
export const problemsQuery = z.strictObject({
  entityRef: entityRef.optional(),
});

/** Routes without parameters: any given is a mistake worth saying. */
export const noQuery = z.strictObject({});

/** POST /refresh */
export const refreshBody = z.strictObject({ entityRef }, 'must be an object');
