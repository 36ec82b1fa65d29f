import type { Heading, Root, RootContent } from 'mdast';
import { plainText, plainTextLine } from './plainText';

/** A heading of the document and the blocks under it. */
export interface Section {
  heading: Heading;
  /** The heading's plain text, e.g. `Context and Problem Statement`. */
  title: string;
  /** The blocks after the heading, up to the next heading of the same or a higher level. */
  nodes: RootContent[];
}

/**
 * A heading's text reduced for comparison: lower case, punctuation and
 * emoji dropped, so `📋 Context:` and `context` match.
 */
export function headingKey(text: string): string {
  return text
    .toLocaleLowerCase('en-US')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The first top-level section whose heading is one of `names` (compared
 * without case or punctuation); headings inside block quotes or lists do not
 * count. With several names, the section that comes first in the document
 * wins.
 */
export function findSection(
  tree: Root,
  names: string | readonly string[],
): Section | undefined {
  const wanted = new Set(
    (typeof names === 'string' ? [names] : names).map(headingKey),
  );
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node.type !== 'heading') continue;
    const title = plainTextLine(node);
    if (!wanted.has(headingKey(title))) continue;
    const nodes: RootContent[] = [];
    for (let next = index + 1; next < children.length; next++) {
      const sibling = children[next];
      if (sibling.type === 'heading' && sibling.depth <= node.depth) break;
      nodes.push(sibling);
    }
    return { heading: node, title, nodes };
  }
  return undefined;
}

/** A section's blocks as plain text (see plainText). */
export function sectionText(section: Section): string {
  return plainText(section.nodes);
}

/** The first level-one heading at the top of the document, as plain text. */
export function firstHeadingText(tree: Root): string | undefined {
  const heading = tree.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  return heading ? plainTextLine(heading) : undefined;
}

/**
 * The heading a document opens with, at any level, as plain text: the
 * title of a record that starts with `## Title` instead of `# Title`.
 * Undefined when the document opens with anything else, or with a heading
 * that is one of `notTitles` (compared as {@link headingKey} does: the
 * names of the record's own sections, such as `Context`).
 */
export function leadingHeadingText(
  tree: Root,
  notTitles: readonly string[] = [],
): string | undefined {
  const first = tree.children.find(
    node => node.type !== 'definition' && node.type !== 'html',
  );
  if (first?.type !== 'heading') return undefined;
  const text = plainTextLine(first);
  const key = headingKey(text);
  return notTitles.some(name => headingKey(name) === key) ? undefined : text;
}
