import type { Nodes, Root } from 'mdast';
import { linkedTextOfNode } from '../links/linkedText';
import type { LinkedText } from '../links/relationLinks';
import { paragraphLines } from '../markdown/paragraphLines';
import { plainTextLine } from '../markdown/plainText';

/** One `Key: value` item of a status list. */
export interface StatusListField {
  /** The value as plain text, e.g. `Superseded by ADR-0012`. */
  value: string;
  /** The whole item, key included, with its links as placeholders. */
  linked: LinkedText;
}

/**
 * The `Key: value` items of a MADR 2 / log4brains status list, or the
 * `Key: value` lines under the title, by key in lower case with single
 * spaces (`status`, `deciders`, `date`, `tags`, `decision makers`,
 * `review by`). Empty when the record has none.
 */
export type StatusList = ReadonlyMap<string, StatusListField>;

// `Status: x`, `**Status:** x`, `**Status**: x`, `__Date__: x` (the bold
// markers are gone once the item is read as text).
const FIELD = /^[ \t]*([A-Za-z][A-Za-z -]{0,40}?)[ \t]*:[ \t]*/;

/** Adds the `Key: value` of each line to `fields`; a key already there keeps its first value. */
function addFields(
  fields: Map<string, StatusListField>,
  lines: readonly Nodes[],
  definitions: ReadonlyMap<string, string>,
): void {
  for (const line of lines) {
    const plain = plainTextLine(line);
    const match = FIELD.exec(plain);
    if (!match) continue;
    const key = match[1]
      .toLocaleLowerCase('en-US')
      .replace(/[\s-]+/g, ' ')
      .trim();
    if (!fields.has(key)) {
      fields.set(key, {
        value: plain.slice(match[0].length).trim(),
        linked: linkedTextOfNode(line, definitions),
      });
    }
  }
}

/** Whether the fields say anything a status list says. */
function namesStatusFields(fields: StatusList): boolean {
  return ['status', 'deciders', 'date'].some(key => fields.has(key));
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
 * deciders or a date. Without such a list, the `Key: value` lines of the
 * paragraphs there count, as many hand-written records put them:
 *
 * ```markdown
 * # ADR 7: Use Kafka
 *
 * **Status:** Accepted
 * **Date:** 2024-03-01
 * ```
 */
export function readStatusList(
  tree: Root,
  definitions: ReadonlyMap<string, string> = new Map(),
): StatusList {
  const lines = new Map<string, StatusListField>();
  let index = tree.children.findIndex(
    node => node.type === 'heading' && node.depth === 1,
  );
  for (index = index + 1; index < tree.children.length; index++) {
    const node = tree.children[index];
    if (node.type === 'heading') break;
    if (node.type === 'paragraph') {
      addFields(lines, paragraphLines(node), definitions);
    } else if (node.type === 'list') {
      const items = new Map<string, StatusListField>();
      addFields(
        items,
        node.children.flatMap(item =>
          item.children[0]?.type === 'paragraph' ? [item.children[0]] : [],
        ),
        definitions,
      );
      if (namesStatusFields(items)) return items;
    }
  }
  return namesStatusFields(lines) ? lines : new Map();
}
