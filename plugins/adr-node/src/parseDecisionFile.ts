import {
  DECISION_STATUSES,
  DecisionLinkKind,
  ParsedDecision,
} from '@localplus/plugin-adr-common';
import { refuseDecisionText } from './decisionTextChecks';
import type { DecisionFile, DecisionParser } from './parser';

/** A parsed record, or why the file is not one. */
export type DecisionParseResult =
  | { decision: ParsedDecision; problem?: undefined }
  | { problem: string; decision?: undefined };

const LINK_KINDS: ReadonlySet<DecisionLinkKind> = new Set<DecisionLinkKind>([
  'supersedes',
  'superseded-by',
  'amends',
  'amended-by',
  'relates-to',
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 499)}…` : message;
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every(item => typeof item === 'string');
}

/** What is wrong with a parser's answer (parsers from modules are checked too), or undefined. */
function faultIn(decision: ParsedDecision): string | undefined {
  if (!decision || typeof decision !== 'object') return 'no decision';
  if (typeof decision.format !== 'string' || !decision.format)
    return 'no format';
  if (typeof decision.title !== 'string' || !decision.title.trim())
    return 'no title';
  if (!DECISION_STATUSES.includes(decision.status)) {
    return `an unknown status "${String(decision.status)}"`;
  }
  if (typeof decision.text !== 'string' || typeof decision.body !== 'string') {
    return 'no text or body';
  }
  for (const key of [
    'decisionMakers',
    'consulted',
    'informed',
    'tags',
  ] as const) {
    if (!isStringList(decision[key]))
      return `"${key}" that is not a list of strings`;
  }
  if (
    !Array.isArray(decision.links) ||
    !decision.links.every(
      link => LINK_KINDS.has(link?.kind) && typeof link?.target === 'string',
    )
  ) {
    return 'malformed links';
  }
  if (
    decision.number !== undefined &&
    !(Number.isSafeInteger(decision.number) && decision.number >= 0)
  ) {
    return `a number that is not a whole number (${String(decision.number)})`;
  }
  for (const key of ['date', 'reviewBy'] as const) {
    const value = decision[key];
    if (
      value !== undefined &&
      !(typeof value === 'string' && ISO_DATE.test(value))
    ) {
      return `a "${key}" that is not YYYY-MM-DD`;
    }
  }
  return undefined;
}

/**
 * Parses one decision file with the first of `parsers` that accepts it.
 * Never throws: a file that is too large, binary, not UTF-8, without a
 * parser, or that its parser refuses (malformed front matter, no title,
 * front matter that is not a mapping) comes back as `{ problem }` with
 * the reason.
 */
export function parseDecisionFile(
  file: DecisionFile,
  parsers: readonly DecisionParser[],
): DecisionParseResult {
  try {
    const refusal = refuseDecisionText(file?.text);
    if (refusal) return { problem: refusal };
    for (const parser of parsers) {
      let accepted: boolean;
      try {
        accepted = parser.canParse(file);
      } catch (error) {
        return {
          problem: `the "${parser.id}" parser failed: ${messageOf(error)}`,
        };
      }
      if (!accepted) continue;
      let decision: ParsedDecision;
      try {
        decision = parser.parse(file);
      } catch (error) {
        return { problem: messageOf(error) };
      }
      const fault = faultIn(decision);
      if (fault) {
        return { problem: `the "${parser.id}" parser returned ${fault}` };
      }
      return { decision };
    }
    return {
      problem: `no decision-record parser (${parsers
        .map(parser => parser.id)
        .join(', ')}) recognises this file`,
    };
  } catch (error) {
    return { problem: `the file could not be read: ${messageOf(error)}` };
  }
}
