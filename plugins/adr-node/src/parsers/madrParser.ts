import { findSection } from '../markdown/sections';
import { hasFrontMatterKey } from '../markdown/frontMatterKeys';
import type { DecisionParser } from '../parser';
import { composeDecision } from '../record/composeDecision';
import {
  frontMatterFields,
  statusListFields,
  statusSectionFields,
} from '../record/fieldSources';
import { readRecordParts, RecordParts } from '../record/recordParts';
import {
  hasNygardStatus,
  hasStatusList,
  opensWithFrontMatter,
} from './formatSignals';

/**
 * `madr-4` when the record uses MADR 4's names: the `decision-makers` key,
 * or `consulted` / `informed` without MADR 3's `deciders`, or a
 * `Confirmation` section. Otherwise `madr-3` (MADR 3.0 already had
 * `consulted` and `informed`, beside `deciders`).
 */
function madrVersion({ frontMatter: { data }, tree }: RecordParts): string {
  if (hasFrontMatterKey(data, 'decision-makers')) return 'madr-4';
  if (hasFrontMatterKey(data, 'deciders')) return 'madr-3';
  if (hasFrontMatterKey(data, 'consulted', 'informed')) return 'madr-4';
  return findSection(tree, 'Confirmation') ? 'madr-4' : 'madr-3';
}

/**
 * MADR 3 and 4: metadata in YAML front matter. Reads any record with front
 * matter, and records without any of the other formats' markers (MADR's
 * front matter is optional). The front matter wins over a status list or a
 * status section the same record may also have, which only fill what the
 * front matter leaves out.
 */
export function createMadrParser(): DecisionParser {
  return {
    id: 'madr',
    canParse: ({ text }) =>
      opensWithFrontMatter(text) ||
      (!hasStatusList(text) && !hasNygardStatus(text)),
    parse: file => {
      const parts = readRecordParts(file);
      return composeDecision(parts, madrVersion(parts), [
        frontMatterFields,
        statusListFields,
        statusSectionFields,
      ]);
    },
  };
}
