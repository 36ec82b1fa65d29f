import {
  DECISION_STATUSES,
  DecisionSummary,
} from '@localplus/plugin-adr-common';

/** One page of `GET /decisions`, as far as the collator reads it. */
export interface DecisionPage {
  decisions: DecisionSummary[];
  total: number;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) =>
  value === undefined || value === null || isString(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

/** Why one decision of a page cannot be indexed, or undefined when it can. */
function decisionProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'is not an object';
  }
  const decision = value as Record<string, unknown>;
  for (const key of ['id', 'entityRef', 'title', 'status']) {
    if (!isString(decision[key]) || decision[key] === '') {
      return `has no ${key}`;
    }
  }
  if (!DECISION_STATUSES.includes(decision.status as never)) {
    return 'has an unknown status';
  }
  if (
    decision.number !== undefined &&
    decision.number !== null &&
    !Number.isSafeInteger(decision.number)
  ) {
    return 'has a number that is not an integer';
  }
  for (const key of ['date', 'owner', 'system', 'summary', 'text']) {
    if (!isOptionalString(decision[key]))
      return `has a ${key} that is not text`;
  }
  for (const key of ['tags', 'decisionMakers']) {
    if (decision[key] !== undefined && !isStringArray(decision[key])) {
      return `has ${key} that are not a list of text`;
    }
  }
  return undefined;
}

/** `null` from a JSON answer means absent, as the contract's optional fields do. */
function withoutNulls(decision: Record<string, unknown>): DecisionSummary {
  const kept = Object.entries(decision).filter(([, value]) => value !== null);
  const summary = Object.fromEntries(kept) as unknown as DecisionSummary;
  return {
    ...summary,
    tags: summary.tags ?? [],
    decisionMakers: summary.decisionMakers ?? [],
  };
}

/**
 * Checks a parsed `GET /decisions` answer before anything is indexed: a page
 * the collator cannot read fails the whole run, so the index keeps its last
 * complete state instead of a part of the log.
 */
export function readDecisionPage(body: unknown): DecisionPage {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error('the answer is not a JSON object');
  }
  const { decisions, total } = body as Record<string, unknown>;
  if (!Array.isArray(decisions)) {
    throw new Error('the answer has no "decisions" list');
  }
  if (!Number.isSafeInteger(total) || (total as number) < 0) {
    throw new Error('the answer has no "total" count');
  }
  decisions.forEach((decision, index) => {
    const problem = decisionProblem(decision);
    if (problem) {
      throw new Error(`decision ${index} of the answer ${problem}`);
    }
  });
  return {
    decisions: decisions.map(withoutNulls),
    total: total as number,
  };
}
