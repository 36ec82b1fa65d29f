import type { DecisionLink } from '@localplus/plugin-adr-common';
import {
  linksStatedInSection,
  linksToSiblingDecisions,
} from '../links/bodyLinks';
import { linksFromFrontMatter } from '../links/frontMatterLinks';
import { mergeLinks } from '../links/mergeLinks';
import { linksFromStatusText, relationLinks } from '../links/relationLinks';
import { frontMatterValue } from '../markdown/frontMatterKeys';
import { findSection } from '../markdown/sections';
import type { RecordParts } from './recordParts';

/**
 * Every link a record states, wherever it states it: the front matter's
 * status and link keys, the status list, the `## Status` section's
 * adr-tools lines, MADR 2's `## Links` list, and plain links to records of
 * the same folder (as `relates-to`). Merged by mergeLinks.
 */
export function recordLinks(parts: RecordParts): DecisionLink[] {
  const { frontMatter, tree, definitions, statusList, fileName } = parts;
  const status = frontMatterValue(frontMatter.data, 'status');
  const statusSection = findSection(tree, 'Status');
  const linksSection = findSection(tree, 'Links');
  return mergeLinks(
    [
      ...(typeof status === 'string' ? linksFromStatusText(status) : []),
      ...linksFromFrontMatter(frontMatter.data),
      ...[...statusList.values()].flatMap(field => relationLinks(field.linked)),
      ...(statusSection
        ? linksStatedInSection(statusSection, definitions)
        : []),
      ...(linksSection ? linksStatedInSection(linksSection, definitions) : []),
      ...linksToSiblingDecisions(tree, fileName),
    ],
    fileName,
  );
}
