/**
 * The ADR backend's extension point and its parsing library: the built-in
 * MADR 2, MADR 3/4 and Nygard parsers, and the markdown and front-matter
 * helpers a team's own parser can reuse.
 *
 * @packageDocumentation
 */
export type { DecisionFile, DecisionParser } from './parser';
export {
  adrParsersExtensionPoint,
  type AdrParsersExtensionPoint,
} from './extensions';

export { defaultDecisionParsers } from './parsers/defaultDecisionParsers';
export { createMadrParser } from './parsers/madrParser';
export { createMadr2Parser } from './parsers/madr2Parser';
export { createNygardParser } from './parsers/nygardParser';
export {
  parseDecisionFile,
  type DecisionParseResult,
} from './parseDecisionFile';
export {
  refuseDecisionText,
  MAX_REPLACEMENT_CHARACTERS,
} from './decisionTextChecks';

export {
  readFrontMatter,
  hasFrontMatter,
  FRONT_MATTER_MAX_ALIASES,
  type FrontMatter,
} from './markdown/frontMatter';
export {
  frontMatterKey,
  frontMatterValue,
  hasFrontMatterKey,
} from './markdown/frontMatterKeys';
export {
  parseMarkdown,
  MARKDOWN_PARSE_TIME_LIMIT_MS,
  type ParseMarkdownOptions,
} from './markdown/parseMarkdown';
export {
  MAX_MARKDOWN_NESTING,
  MAX_INLINE_MARKERS_PER_BLOCK,
  MAX_MARKER_INDENT,
  MAX_MARKDOWN_LINE_LENGTH,
} from './markdown/splitMarkdown';
export {
  plainText,
  plainTextLine,
  stripHtml,
  markdownLinkLabels,
  truncateText,
} from './markdown/plainText';
export {
  findSection,
  firstHeadingText,
  leadingHeadingText,
  headingKey,
  sectionText,
  type Section,
} from './markdown/sections';

export { isDecisionFileName } from './fields/decisionFileName';
export { dateFromFileName, normaliseDate } from './fields/decisionDate';
export { numberFromFileName, numberFromTitle } from './fields/decisionNumber';
export { displayTitle, titleWithoutLabel } from './fields/decisionTitle';
export { normaliseStatus, statusTextOf } from './fields/decisionStatus';
export { splitPeople, splitTags, MAX_LIST_ENTRIES } from './fields/people';

export {
  linksFromStatusText,
  linkedTextOf,
  relationLinks,
  type LinkedText,
} from './links/relationLinks';
export { linksFromFrontMatter } from './links/frontMatterLinks';
export {
  linksStatedInSection,
  linksToSiblingDecisions,
} from './links/bodyLinks';
export { linkDefinitions, linkedTextOfNode } from './links/linkedText';
export {
  mergeLinks,
  linkTargetKey,
  MAX_LINKS_PER_DECISION,
} from './links/mergeLinks';

export { readRecordParts, type RecordParts } from './record/recordParts';
export {
  readStatusList,
  type StatusList,
  type StatusListField,
} from './record/statusList';
export {
  frontMatterFields,
  statusListFields,
  statusSectionFields,
  type DecisionFields,
  type FieldSource,
} from './record/fieldSources';
export {
  composeDecision,
  CONTEXT_SECTION_NAMES,
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
} from './record/composeDecision';
export { recordLinks } from './record/recordLinks';
