import {
  isNode,
  isScalar,
  isSeq,
  Node,
  parseDocument,
  Scalar,
  visit,
} from 'yaml';
import { MKDOCS_YAML_OPTIONS } from './parseMkdocsYml';

/** A replacement of `text.slice(start, end)`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const ENV_TAG = '!ENV';
/** Between the tag and its value: an anchor, blanks, comments, line breaks. */
const PROPERTIES_TO_VALUE =
  /^(?:[ \t]+&[^\s,[\]{}]+)?(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*$/;
const INLINE_SCALAR_TYPES = new Set<Scalar['type']>([
  'PLAIN',
  'QUOTE_DOUBLE',
  'QUOTE_SINGLE',
]);

/** A plain or quoted scalar written on one line. */
function isInlineScalar(text: string, node: unknown): node is Scalar {
  return (
    isScalar(node) &&
    !!node.range &&
    INLINE_SCALAR_TYPES.has(node.type) &&
    !text.slice(node.range[0], node.range[1]).includes('\n')
  );
}

/** An item of the list that can be moved as written: no tag or anchor of its own. */
function isBareInlineScalar(text: string, node: unknown): node is Scalar {
  return isInlineScalar(text, node) && !node.tag && !node.anchor;
}

/**
 * Where the `!ENV` of this node is written: the literal tag right before
 * its value. Spellings through `%TAG` or `!<...>` are not found, and are
 * left for the check to refuse.
 */
function tagStart(text: string, valueStart: number): number | undefined {
  const start = text.lastIndexOf(ENV_TAG, valueStart - ENV_TAG.length);
  if (start < 0 || (start > 0 && !/[\s[{,]/.test(text[start - 1]))) {
    return undefined;
  }
  const between = text.slice(start + ENV_TAG.length, valueStart);
  return PROPERTIES_TO_VALUE.test(between) ? start : undefined;
}

/**
 * What mkdocs (pyyaml-env-tag) makes of the node when none of the
 * variables it names is set: the last item of a list of two or more, as
 * YAML reads it, or null. Undefined for the forms not resolved here.
 */
function valueWhenUnset(
  text: string,
  node: Node,
): { start: number; end: number; text: string } | undefined {
  if (isInlineScalar(text, node)) {
    return { start: node.range![0], end: node.range![1], text: 'null' };
  }
  if (!isSeq(node) || node.items.length === 0 || !node.range) {
    return undefined;
  }
  const items = node.items;
  const names = items.length > 1 ? items.slice(0, -1) : items;
  if (!names.every(name => isBareInlineScalar(text, name))) {
    return undefined;
  }
  const last = items[items.length - 1];
  if (items.length > 1 && !isBareInlineScalar(text, last)) {
    return undefined;
  }
  const lastRange = (last as Scalar).range!;
  return {
    start: node.range[0],
    // A block list's range runs on over its trailing comments and lines.
    end: node.flow ? node.range[1] : lastRange[1],
    text: items.length > 1 ? text.slice(lastRange[0], lastRange[1]) : 'null',
  };
}

/**
 * mkdocs replaces `!ENV NAME` and `!ENV [NAME, ..., default]` with the
 * variable's value, read from the environment of the process that builds:
 * on the portal, the backend's, secrets included. This rewrites them as
 * mkdocs would read them with none of the variables set (the default, or
 * null), editing only those spots of the text, so the backend's
 * environment never reaches the site and the rest of the file is kept
 * byte for byte. Forms it does not resolve (a block or tagged default, a
 * mapping, a tag spelled through %TAG) are left as they are; the check of
 * the result refuses them. The text is returned unchanged if it cannot
 * be parsed: the check says why.
 */
export function resolveEnvTags(text: string): string {
  const edits: Edit[] = [];
  try {
    const document = parseDocument(text, MKDOCS_YAML_OPTIONS);
    if (document.errors.length > 0) {
      return text;
    }
    visit(document, (_key, node) => {
      if (!isNode(node) || node.tag !== ENV_TAG || !node.range) {
        return undefined;
      }
      const value = valueWhenUnset(text, node);
      const start = value && tagStart(text, node.range[0]);
      if (!value || start === undefined) {
        return undefined;
      }
      edits.push({ start, end: start + ENV_TAG.length, text: '' }, value);
      // Its items are replaced along with it.
      return visit.SKIP;
    });
  } catch {
    // The parser can give up on absurd input; the check reports it.
    return text;
  }
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce(
      (result, edit) =>
        result.slice(0, edit.start) + edit.text + result.slice(edit.end),
      text,
    );
}
