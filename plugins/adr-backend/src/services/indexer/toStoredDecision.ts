import {
  DECISION_STATUSES,
  decisionId,
  DecisionLink,
  DecisionStatus,
  ParsedDecision,
} from '@localplus/plugin-adr-common';
import type { DecisionFolderFile } from '../sources/DecisionFolder';
import type { StoredDecision } from '../store/DecisionStore';
import type { EntityDecisionData } from './entityDecisionData';

const LINK_KINDS = new Set([
  'supersedes',
  'superseded-by',
  'amends',
  'amended-by',
  'relates-to',
]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What the store's columns hold; longer values from a parser are cut, not refused. */
const MAX_SHORT_TEXT = 500;
const MAX_NUMBER = 2_147_483_647;

const day = (value: unknown) =>
  typeof value === 'string' && DAY.test(value) ? value : undefined;

const shortText = (value: unknown) =>
  typeof value === 'string' && value.trim()
    ? value.trim().slice(0, MAX_SHORT_TEXT)
    : undefined;

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(item => {
        const text = shortText(item);
        return text ? [text] : [];
      })
    : [];

function links(value: unknown): DecisionLink[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap(link => {
    const target = shortText(link?.target);
    return target && LINK_KINDS.has(link?.kind)
      ? [{ kind: link.kind, target }]
      : [];
  });
}

/**
 * The stored form of a parsed file, with the entity's system and owner.
 * Parsers are modules' code: what they give is checked here so the index
 * holds only what the contract says (known statuses, YYYY-MM-DD dates,
 * strings in arrays, numbers that fit), and links carry no id yet.
 */
export function toStoredDecision(
  file: DecisionFolderFile,
  parsed: ParsedDecision,
  entity: EntityDecisionData,
): StoredDecision {
  const status: DecisionStatus = DECISION_STATUSES.includes(parsed.status)
    ? parsed.status
    : 'unknown';
  const number =
    Number.isSafeInteger(parsed.number) &&
    parsed.number! >= 0 &&
    parsed.number! <= MAX_NUMBER
      ? parsed.number
      : undefined;
  const decision: StoredDecision = {
    id: decisionId(entity.entityRef, file.fileName),
    entityRef: entity.entityRef,
    fileName: file.fileName,
    location: file.location,
    format: shortText(parsed.format)?.slice(0, 64) ?? 'unknown',
    title: shortText(parsed.title) ?? file.fileName.replace(/\.md$/i, ''),
    number,
    status,
    statusText: shortText(parsed.statusText),
    date: day(parsed.date),
    decisionMakers: strings(parsed.decisionMakers),
    consulted: strings(parsed.consulted),
    informed: strings(parsed.informed),
    tags: strings(parsed.tags),
    links: links(parsed.links),
    reviewBy: day(parsed.reviewBy),
    summary: typeof parsed.summary === 'string' ? parsed.summary : undefined,
    system: entity.system,
    owner: entity.owner,
    localDraft: file.localDraft ? true : undefined,
    body: typeof parsed.body === 'string' ? parsed.body : '',
    text: typeof parsed.text === 'string' ? parsed.text : '',
  };
  // Leave out what is not there, as the store gives decisions back.
  for (const key of Object.keys(decision) as Array<keyof StoredDecision>) {
    if (decision[key] === undefined) {
      delete decision[key];
    }
  }
  return decision;
}
