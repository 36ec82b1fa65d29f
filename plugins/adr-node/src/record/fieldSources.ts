import type { DecisionStatus } from '@localplus/plugin-adr-common';
import type { Root } from 'mdast';
import { normaliseDate } from '../fields/decisionDate';
import { normaliseStatus, statusTextOf } from '../fields/decisionStatus';
import { splitPeople, splitTags } from '../fields/people';
import { frontMatterValue } from '../markdown/frontMatterKeys';
import { plainText } from '../markdown/plainText';
import { findSection } from '../markdown/sections';
import type { RecordParts } from './recordParts';

/** What one place in a record (front matter, status list, Nygard sections) says. */
export interface DecisionFields {
  status?: { status: DecisionStatus; statusText: string };
  date?: string;
  decisionMakers?: string[];
  consulted?: string[];
  informed?: string[];
  tags?: string[];
  reviewBy?: string;
}

/** Reads the fields one place of a record holds. */
export type FieldSource = (parts: RecordParts) => DecisionFields;

function statusOf(text: unknown): DecisionFields['status'] {
  if (typeof text !== 'string') return undefined;
  const statusText = statusTextOf(text);
  return statusText
    ? { status: normaliseStatus(statusText), statusText }
    : undefined;
}

function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** MADR 3/4 front matter: `status`, `date`, `decision-makers` or `deciders`, `consulted`, `informed`, `tags`, `review-by`. */
export const frontMatterFields: FieldSource = ({ frontMatter: { data } }) => ({
  status: statusOf(frontMatterValue(data, 'status')),
  date: normaliseDate(frontMatterValue(data, 'date')),
  decisionMakers: nonEmpty(
    splitPeople(frontMatterValue(data, 'decision-makers', 'deciders')),
  ),
  consulted: nonEmpty(splitPeople(frontMatterValue(data, 'consulted'))),
  informed: nonEmpty(splitPeople(frontMatterValue(data, 'informed'))),
  tags: nonEmpty(splitTags(frontMatterValue(data, 'tags'))),
  reviewBy: normaliseDate(frontMatterValue(data, 'review-by')),
});

/** MADR 2 and log4brains status list: `Status`, `Date`, `Deciders`, `Tags`, and the MADR 4 names when written there. */
export const statusListFields: FieldSource = ({ statusList }) => {
  const value = (...keys: string[]) =>
    keys.map(key => statusList.get(key)?.value).find(v => v !== undefined);
  return {
    status: statusOf(value('status')),
    date: normaliseDate(value('date')),
    decisionMakers: nonEmpty(splitPeople(value('decision makers', 'deciders'))),
    consulted: nonEmpty(splitPeople(value('consulted'))),
    informed: nonEmpty(splitPeople(value('informed'))),
    tags: nonEmpty(splitTags(value('tags'))),
    reviewBy: normaliseDate(value('review by')),
  };
};

// Lines under `## Status` that link records rather than state a status.
const RELATION_LINE =
  /^(?:supersedes|supercedes|amends|amended by|clarifies|clarified by|refines|refined by|relates to|related to)\b/i;

function statusLines(tree: Root): string[] {
  const section = findSection(tree, 'Status');
  if (!section) return [];
  return plainText(section.nodes)
    .split('\n')
    .map(line => line.replace(/^[-*+]\s+/, '').trim())
    .filter(line => line && !RELATION_LINE.test(line));
}

/** The `Date: 2024-01-01` line adr-tools writes between the title and the first section. */
function dateLine(tree: Root): string | undefined {
  let index = tree.children.findIndex(
    node => node.type === 'heading' && node.depth === 1,
  );
  for (index = index + 1; index < tree.children.length; index++) {
    const node = tree.children[index];
    if (node.type === 'heading') break;
    if (node.type !== 'paragraph') continue;
    const match = /^date[ \t]*:[ \t]*(.+)$/im.exec(plainText(node));
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Nygard and adr-tools: the `## Status` section and the `Date:` line. When
 * the section holds several statuses (`Accepted`, later `Superseded by
 * ...`), the superseding one wins: adr-tools adds it when a newer record
 * replaces this one.
 */
export const statusSectionFields: FieldSource = ({ tree }) => {
  const candidates = statusLines(tree)
    .map(line => statusOf(line))
    .filter((status): status is NonNullable<typeof status> => !!status);
  return {
    status:
      candidates.find(candidate => candidate.status === 'superseded') ??
      candidates[0],
    date: normaliseDate(dateLine(tree)),
  };
};
