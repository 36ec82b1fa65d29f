import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { LinkedText, linkPlaceholder, literalText } from './relationLinks';

/** Link reference definitions (`[id]: url`) of a document, by lower-cased identifier. */
export function linkDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', node => {
    const id = node.identifier.toLocaleLowerCase('en-US');
    if (!definitions.has(id)) definitions.set(id, node.url);
  });
  return definitions;
}

/**
 * A paragraph, heading or list item as LinkedText: its words, with each
 * link (inline or by reference) replaced by a placeholder for its URL.
 */
export function linkedTextOfNode(
  node: Nodes,
  definitions: ReadonlyMap<string, string> = new Map(),
): LinkedText {
  const urls: string[] = [];
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.type === 'link') {
      parts.push(linkPlaceholder(urls, item.url));
      continue;
    }
    if (item.type === 'linkReference') {
      const url = definitions.get(item.identifier.toLocaleLowerCase('en-US'));
      if (url !== undefined) {
        parts.push(linkPlaceholder(urls, url));
        continue;
      }
    }
    if (item.type === 'text' || item.type === 'inlineCode') {
      parts.push(literalText(item.value));
    } else if (item.type === 'break') {
      parts.push('\n');
    } else if ('children' in item) {
      const children = item.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--) {
        stack.push(children[index]);
        // Blocks inside a list item read as separate lines.
        if (index > 0 && item.type === 'listItem')
          stack.push({ type: 'break' });
      }
    }
  }
  return { text: parts.join(''), urls };
}
