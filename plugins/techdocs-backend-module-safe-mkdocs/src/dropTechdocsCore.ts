import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Node,
  parseDocument,
  visit,
  YAMLSeq,
} from 'yaml';
import { MAX_ALIAS_COUNT, MKDOCS_YAML_OPTIONS } from './parseMkdocsYml';

export const TECHDOCS_CORE = 'techdocs-core';

/** A replacement of `text.slice(start, end)`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface TechdocsCoreDrop {
  /** The text to build: unchanged unless `dropped`. */
  text: string;
  dropped: boolean;
  /** `theme: {name: material}` was appended: the file set no theme. */
  themeAdded: boolean;
}

const THEME = { name: 'material' };

/** No anchor or tag anywhere in it: removing it cannot break an alias elsewhere. */
function isPlain(node: Node): boolean {
  let plain = true;
  visit(node, (_key, child) => {
    if (isNode(child) && (child.anchor || child.tag)) {
      plain = false;
      return visit.BREAK;
    }
    return undefined;
  });
  return plain;
}

/** `techdocs-core`, or `techdocs-core: <its settings>`, written plainly. */
function isTechdocsCoreEntry(item: unknown): item is Node {
  if (isScalar(item)) {
    return item.value === TECHDOCS_CORE && isPlain(item);
  }
  return (
    isMap(item) &&
    item.items.length === 1 &&
    isScalar(item.items[0].key) &&
    item.items[0].key.value === TECHDOCS_CORE &&
    isPlain(item)
  );
}

/** Where the text after `from` stops being blanks (spaces, tabs), forward or back. */
function skipBlanks(text: string, from: number, step: 1 | -1): number {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') {
    at += step;
  }
  return at;
}

/**
 * A flow list (`[search, techdocs-core]`): each entry before the last kept
 * item goes with the comma after it, the entries after it with the comma
 * before them, so `[search, techdocs-core]` becomes `[search]` and
 * `[techdocs-core]` becomes `[]`. Undefined when a comment or line break
 * stands in the way.
 */
function flowEdits(text: string, list: YAMLSeq): Array<Edit | undefined> {
  const items = list.items as Node[];
  const lastKept = items.findLastIndex(item => !isTechdocsCoreEntry(item));
  const edits: Array<Edit | undefined> = [];
  items.forEach((item, index) => {
    if (index >= lastKept || !isTechdocsCoreEntry(item)) {
      return;
    }
    const [start, end] = item.range!;
    const comma = skipBlanks(text, end, 1);
    edits.push(
      text[comma] === ','
        ? { start, end: skipBlanks(text, comma + 1, 1), text: '' }
        : undefined,
    );
  });
  if (lastKept < items.length - 1) {
    const from = lastKept < 0 ? items[0].range![0] : items[lastKept].range![1];
    edits.push({
      start: from,
      end: items[items.length - 1].range![1],
      text: '',
    });
  }
  return edits;
}

/**
 * The lines of a block item, from its line's start (which holds only
 * blanks and its `- `) to the end of its last line.
 */
function blockItemEdit(text: string, [start, end]: number[]): Edit | undefined {
  const dash = skipBlanks(text, start - 1, -1);
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  if (text[dash] !== '-' || text.slice(lineStart, dash).trim() !== '') {
    return undefined;
  }
  // A block collection's range can run on over the line breaks after it.
  const contentEnd = text.slice(0, end).trimEnd().length;
  const lineEnd = text.indexOf('\n', contentEnd);
  return {
    start: lineStart,
    end: lineEnd < 0 ? text.length : lineEnd + 1,
    text: '',
  };
}

/**
 * An emptied block list becomes `[]`: left empty it would read as null,
 * which Backstage's generator reports as a malformed plugin list.
 */
function emptiedListEdit(text: string, key: Node): Edit | undefined {
  const colon = skipBlanks(text, key.range![1], 1);
  return text[colon] === ':'
    ? { start: colon + 1, end: colon + 1, text: ' []' }
    : undefined;
}

function entryEdits(
  text: string,
  key: Node,
  list: YAMLSeq,
): Edit[] | undefined {
  if (list.flow) {
    const flow = flowEdits(text, list);
    return flow.every(edit => edit !== undefined) ? flow : undefined;
  }
  const entries = list.items.filter(isTechdocsCoreEntry);
  const edits = entries.map(entry => blockItemEdit(text, entry.range!));
  if (entries.length > 0 && entries.length === list.items.length) {
    edits.push(emptiedListEdit(text, key));
  }
  return edits.every(edit => edit !== undefined) ? edits : undefined;
}

/** One `theme:` line after the file's last, at the indentation of its first key. */
function themeEdit(text: string, document: Document): Edit | undefined {
  const top = document.contents;
  if (!isMap(top) || top.flow || !top.range) {
    return undefined;
  }
  const indent = text.slice(
    text.lastIndexOf('\n', top.range[0]) + 1,
    top.range[0],
  );
  if (indent.trim() !== '') {
    return undefined;
  }
  const newline = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  return {
    start: text.length,
    end: text.length,
    text: `${newline}${indent}theme: {name: material}\n`,
  };
}

function applyEdits(text: string, edits: Edit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce(
      (result, edit) =>
        result.slice(0, edit.start) + edit.text + result.slice(edit.end),
      text,
    );
}

function settingsOf(document: Document): unknown {
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/** What the edited text must read as: the same settings, less techdocs-core, plus the theme. */
function expectedSettings(
  settings: Record<string, unknown>,
  themeAdded: boolean,
): Record<string, unknown> {
  const plugins = (settings.plugins as unknown[]).filter(
    plugin =>
      plugin !== TECHDOCS_CORE &&
      !(
        typeof plugin === 'object' &&
        plugin !== null &&
        Object.keys(plugin).length === 1 &&
        TECHDOCS_CORE in plugin
      ),
  );
  return themeAdded
    ? { ...settings, plugins, theme: THEME }
    : { ...settings, plugins };
}

function edited(
  text: string,
): { text: string; themeAdded: boolean } | undefined {
  const document = parseDocument(text, MKDOCS_YAML_OPTIONS);
  const top = document.contents;
  if (document.errors.length > 0 || !isMap(top)) {
    return undefined;
  }
  const pair = top.items.find(
    item => isScalar(item.key) && item.key.value === 'plugins',
  );
  // An anchored list may be repeated elsewhere through an alias: left alone.
  if (
    !pair ||
    !isScalar(pair.key) ||
    !isSeq(pair.value) ||
    pair.value.anchor ||
    pair.value.tag
  ) {
    return undefined;
  }
  const edits = entryEdits(text, pair.key, pair.value);
  if (!edits || edits.length === 0) {
    return undefined;
  }
  const settings = settingsOf(document) as Record<string, unknown>;
  const theme = 'theme' in settings ? undefined : themeEdit(text, document);
  if (!('theme' in settings) && !theme) {
    return undefined;
  }
  const result = applyEdits(text, theme ? [...edits, theme] : edits);
  // The edited text is read back: it must say what the file said, less
  // techdocs-core (plus the theme), or nothing is edited at all.
  const check = parseDocument(result, MKDOCS_YAML_OPTIONS);
  if (
    check.errors.length > 0 ||
    !isDeepStrictEqual(
      settingsOf(check),
      expectedSettings(settings, theme !== undefined),
    )
  ) {
    return undefined;
  }
  return { text: result, themeAdded: theme !== undefined };
}

/**
 * A site naming `techdocs-core` asks to be built the way Backstage TechDocs
 * builds: the plugin is not installed on the portal (and would turn on
 * extensions that read files and run programs), so the build copy leaves
 * it out of `plugins` and, when the file sets no theme, builds with
 * Material, as techdocs-core would. Only the entry's own text is removed
 * (and a `theme:` line appended): the rest of the file is kept byte for
 * byte, since re-serialising it would change scalars PyYAML reads
 * differently. The edited text is read back and must hold the same
 * settings less the plugin; any other shape (an anchored or aliased list,
 * a tagged entry, a plugin mapping) is left unchanged, and the check
 * refuses it saying why.
 */
export function dropTechdocsCore(text: string): TechdocsCoreDrop {
  try {
    const result = edited(text);
    return result
      ? { text: result.text, dropped: true, themeAdded: result.themeAdded }
      : { text, dropped: false, themeAdded: false };
  } catch {
    // The parser can give up on absurd input; the check reports it.
    return { text, dropped: false, themeAdded: false };
  }
}
