import type { ParsedDecision } from '@localplus/plugin-adr-common';
import { dateFromFileName } from '../fields/decisionDate';
import { numberFromFileName, numberFromTitle } from '../fields/decisionNumber';
import { displayTitle, titleWithoutLabel } from '../fields/decisionTitle';
import { frontMatterValue } from '../markdown/frontMatterKeys';
import {
  plainText,
  plainTextLine,
  stripHtml,
  truncateText,
} from '../markdown/plainText';
import {
  findSection,
  firstHeadingText,
  leadingHeadingText,
} from '../markdown/sections';
import type { DecisionFields, FieldSource } from './fieldSources';
import type { RecordParts } from './recordParts';
import { recordLinks } from './recordLinks';

export const MAX_TITLE_LENGTH = 300;
export const MAX_SUMMARY_LENGTH = 400;

/** Headings of the section the summary is read from, in MADR and Nygard records. */
export const CONTEXT_SECTION_NAMES = [
  'Context and Problem Statement',
  'Context',
  'Problem Statement',
  'Context and Problem',
];

/** Headings of a record's sections: a record opening with one of them has no title. */
const SECTION_NAMES = [
  ...CONTEXT_SECTION_NAMES,
  'Status',
  'Decision',
  'Decision Drivers',
  'Decision Outcome',
  'Considered Options',
  'Consequences',
  'Background',
  'Links',
];

function titleOf(parts: RecordParts): string {
  const fromFrontMatter = frontMatterValue(parts.frontMatter.data, 'title');
  const candidates = [
    typeof fromFrontMatter === 'string'
      ? stripHtml(fromFrontMatter).replace(/\s+/g, ' ').trim()
      : undefined,
    firstHeadingText(parts.tree),
    leadingHeadingText(parts.tree, SECTION_NAMES),
  ];
  const title = candidates.find(candidate => !!candidate);
  if (!title) {
    throw new Error(
      'the record has no title: it needs a "# Title" heading or a "title" in its front matter',
    );
  }
  return truncateText(title, MAX_TITLE_LENGTH);
}

function summaryOf(parts: RecordParts): string | undefined {
  const section = findSection(parts.tree, CONTEXT_SECTION_NAMES);
  const paragraph = section?.nodes.find(node => node.type === 'paragraph');
  const summary = paragraph ? plainTextLine(paragraph) : '';
  return summary ? truncateText(summary, MAX_SUMMARY_LENGTH) : undefined;
}

/**
 * Builds a ParsedDecision from a record's parts. Each field comes from the
 * first source that has it (so a format decides which of front matter,
 * status list or status section wins); the date falls back to a
 * date-prefixed file name, the number to the title's (which the title then
 * loses). Links come from every source. Throws when the record has no title.
 */
export function composeDecision(
  parts: RecordParts,
  format: string,
  sources: readonly FieldSource[],
): ParsedDecision {
  const read = sources.map(source => source(parts));
  const first = <K extends keyof DecisionFields>(key: K) =>
    read.map(fields => fields[key]).find(value => value !== undefined);

  const heading = titleOf(parts);
  const status = first('status');
  return {
    format,
    title: displayTitle(heading),
    number:
      numberFromFileName(parts.fileName) ??
      numberFromTitle(titleWithoutLabel(heading)),
    status: status?.status ?? 'unknown',
    statusText: status?.statusText,
    date: first('date') ?? dateFromFileName(parts.fileName),
    decisionMakers: first('decisionMakers') ?? [],
    consulted: first('consulted') ?? [],
    informed: first('informed') ?? [],
    tags: first('tags') ?? [],
    links: recordLinks(parts),
    reviewBy: first('reviewBy'),
    summary: summaryOf(parts),
    text: plainText(parts.tree),
    body: parts.frontMatter.body,
  };
}
