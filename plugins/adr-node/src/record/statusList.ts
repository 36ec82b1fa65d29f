import type { List, Root } from 'mdast';
import { linkedTextOfNode } from '../links/linkedText';
import type { LinkedText } from '../links/relationLinks';
import { plainTextLine } from '../markdown/plainText';

/** One `Key: value` item of a status list. */
export interface StatusListField {
  /** The value as plain text, e.g. `Superseded by ADR-0012`. */
  value: string;
  /** The whole item, key included, with its links as placeholders. */
  linked: LinkedText;
}

/**
 * The `Key: value` items of a MADR 2 / log4brains status list, by key in
 * lower case with single spaces (`status`, `deciders`, `date`, `tags`,
 * `decision makers`, `review by`). Empty when the record has none.
 */
export type StatusList = ReadonlyMap<string, StatusListField>;

// `Status: x`, `**Status:** x`, `**Status**: x`, `__Date__: x` (the bold
// markers are gone once the item is read as text).
const FIELD = /^[ \t]*([A-Za-z][A-Za-z -]{0,40}?)[ \t]*:[ \t]*/;

function fieldsOf(
  list: List,
  definitions: ReadonlyMap<string, string>,
): Map<string, StatusListField> {
  const fields = new Map<string, StatusListField>();
  for (const item of list.children) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') continue;
    const plain = plainTextLine(first);
    const match = FIELD.exec(plain);
    if (!match) continue;
    const key = match[1]
      .toLocaleLowerCase('en-US')
      .replace(/[\s-]+/g, ' ')
      .trim();
    if (!fields.has(key)) {
      fields.set(key, {
        value: plain.slice(match[0].length).trim(),
        linked: linkedTextOfNode(first, definitions),
      });
    }
  }
  return fields;
}

/**
 * Reads the status list MADR 2 and log4brains put under the title:
 *
 * ```markdown
 * # Use Kafka
 *
 * * Status: accepted
 * * Deciders: Ana, Bo
 * * Date: 2024-03-01
 * ```
 *
 * The first list between the first level-one heading (or the start) and
 * the next heading counts, when at least one of its items names a status,
 * deciders or a date.
 */
export function readStatusList(
  tree: Root,
  definitions: ReadonlyMap<string, string> = new Map(),
): StatusList {
  let index = tree.children.findIndex(
    node => node.type === 'heading' && node.depth === 1,
  );
  for (index = index + 1; index < tree.children.length; index++) {
    const node = tree.children[index];
    if (node.type === 'heading') break;
    if (node.type !== 'list') continue;
    const fields = fieldsOf(node, definitions);
    if (['status', 'deciders', 'date'].some(key => fields.has(key))) {
      return fields;
    }
  }
  return new Map();
}
