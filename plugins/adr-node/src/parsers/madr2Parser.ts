import type { DecisionParser } from '../parser';
import { composeDecision } from '../record/composeDecision';
import {
  frontMatterFields,
  statusListFields,
  statusSectionFields,
} from '../record/fieldSources';
import { readRecordParts } from '../record/recordParts';
import { hasStatusList } from './formatSignals';

/**
 * MADR 2 and log4brains: a `* Status:` / `- **Status:**` list under the
 * title with `Deciders`, `Date` and (log4brains) `Tags`; links in a
 * `## Links` list.
 */
export function createMadr2Parser(): DecisionParser {
  return {
    id: 'madr-2',
    canParse: ({ text }) => hasStatusList(text),
    parse: file =>
      composeDecision(readRecordParts(file), 'madr-2', [
        statusListFields,
        frontMatterFields,
        statusSectionFields,
      ]),
  };
}
