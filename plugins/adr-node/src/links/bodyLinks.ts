import type { DecisionLink } from '@localplus/plugin-adr-common';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isDecisionFileName } from '../fields/decisionFileName';
import type { Section } from '../markdown/sections';
import { linkedTextOfNode } from './linkedText';
import { relationLinks } from './relationLinks';

/**
 * The links a section states block by block with relation phrases: the
 * lines adr-tools writes under `## Status` (`Supersedes [1. X](0001-x.md)`,
 * `Amended by ...`, `Clarifies ...`) and the items of MADR 2's `## Links`
 * list (`Refined by [ADR-0005](0005-example.md)`).
 */
export function linksStatedInSection(
  section: Section,
  definitions: ReadonlyMap<string, string>,
): DecisionLink[] {
  return section.nodes.flatMap(node =>
    relationLinks(linkedTextOfNode(node, definitions)),
  );
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The file a relative URL names when it is in the same folder, e.g. `./0016-x.md#y` -> `0016-x.md`. */
function siblingFileName(url: string): string | undefined {
  if (SCHEME.test(url) || url.startsWith('/') || url.startsWith('#')) {
    return undefined;
  }
  let path = url.replace(/[?#].*$/s, '').replace(/^\.\//, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return isDecisionFileName(path) ? path : undefined;
}

/**
 * Plain links in the body to other records of the same folder
 * (`[ADR 0016](0016-one-table-one-owner.md)`), as `relates-to`, with the
 * URL as written. Links to other folders, to the web, and to the record
 * itself are left out.
 */
export function linksToSiblingDecisions(
  tree: Root,
  ownFileName: string,
): DecisionLink[] {
  const own = ownFileName.toLocaleLowerCase('en-US');
  const links: DecisionLink[] = [];
  visit(tree, ['link', 'definition'], node => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const fileName = siblingFileName(node.url);
    if (fileName && fileName.toLocaleLowerCase('en-US') !== own) {
      links.push({ kind: 'relates-to', target: node.url });
    }
  });
  return links;
}
