import type { DecisionParser } from '../parser';
import { composeDecision } from '../record/composeDecision';
import {
  frontMatterFields,
  statusListFields,
  statusSectionFields,
} from '../record/fieldSources';
import { readRecordParts } from '../record/recordParts';
import { hasNygardStatus } from './formatSignals';

/**
 * Michael Nygard's format as adr-tools writes it: `# 1. Title`, a
 * `Date: 2024-01-01` line, then `## Status`, `## Context`, `## Decision`,
 * `## Consequences`. Links are the Status section's `Supersedes [...]`,
 * `Superseded by [...]`, `Amends`, `Amended by`, `Clarifies` lines.
 */
export function createNygardParser(): DecisionParser {
  return {
    id: 'nygard',
    canParse: ({ text }) => hasNygardStatus(text),
    parse: file =>
      composeDecision(readRecordParts(file), 'nygard', [
        statusSectionFields,
        statusListFields,
        frontMatterFields,
      ]),
  };
}
