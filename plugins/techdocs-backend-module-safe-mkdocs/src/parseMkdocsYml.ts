import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Node,
  parseDocument,
} from 'yaml';

/** An explicit YAML tag in the file, and the setting it sits on. */
export interface TaggedNode {
  /** e.g. `markdown_extensions[2].pymdownx.emoji.emoji_index` */
  path: string;
  /** The resolved tag, e.g. `tag:yaml.org,2002:python/name:os.system`. */
  tag: string;
}

export interface ParsedMkdocsYml {
  /** The settings as mkdocs would read them: aliases and merge keys resolved. */
  settings: unknown;
  /** Every explicit tag, wherever it is (keys included). */
  tags: TaggedNode[];
}

/** A file this check cannot read the way mkdocs would; it is refused whole. */
export class UnreadableMkdocsYml extends Error {}

/**
 * Alias expansions allowed while resolving the file (the yaml library's own
 * measure). A real mkdocs.yml uses a handful; a "billion laughs" file needs
 * thousands.
 */
export const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than any real mkdocs.yml; PyYAML would recurse as deep. */
export const MAX_DEPTH = 64;

function childPath(parent: string, key: unknown) {
  const label =
    isScalar(key) && key.value !== null ? String(key.value) : '<complex key>';
  return parent ? `${parent}.${label}` : label;
}

function collectTags(
  node: unknown,
  path: string,
  depth: number,
  tags: TaggedNode[],
): void {
  if (depth > MAX_DEPTH) {
    throw new UnreadableMkdocsYml(
      `${path || 'mkdocs.yml'}: nested deeper than ${MAX_DEPTH} levels`,
    );
  }
  // An alias repeats a node that is visited where its anchor is.
  if (!node || isAlias(node)) {
    return;
  }
  const tag = (node as Node).tag;
  if (tag) {
    tags.push({ path: path || '<document>', tag });
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyPath = childPath(path, pair.key);
      collectTags(pair.key, `${keyPath} (key)`, depth + 1, tags);
      collectTags(pair.value, keyPath, depth + 1, tags);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) =>
      collectTags(item, `${path}[${index}]`, depth + 1, tags),
    );
  }
}

/**
 * YAML 1.1 with merge keys, as PyYAML (mkdocs' reader) reads it. Duplicate
 * keys are errors: PyYAML and this parser could disagree on the winner.
 */
export const MKDOCS_YAML_OPTIONS = {
  version: '1.1',
  merge: true,
  uniqueKeys: true,
  prettyErrors: true,
  // Problems are reported in the refusal, not on the backend's console.
  logLevel: 'error',
} as const;

function firstLine(message: string) {
  return message.split('\n')[0];
}

/**
 * Parses mkdocs.yml as YAML 1.1 with merge keys, as PyYAML (mkdocs' reader)
 * does, without ever constructing a tagged value: tags are recorded from
 * the document tree, so Python tags are seen rather than executed or
 * rejected unread. Duplicate keys and several documents are refused, as
 * PyYAML and this parser would not agree on which value wins.
 */
export function parseMkdocsYml(text: string): ParsedMkdocsYml {
  let document: Document.Parsed;
  try {
    document = parseDocument(text, MKDOCS_YAML_OPTIONS);
  } catch (error) {
    // The parser itself can give up (a stack overflow on absurd nesting).
    throw new UnreadableMkdocsYml(
      `mkdocs.yml could not be parsed: ${firstLine(String(error))}`,
    );
  }
  if (document.errors.length > 0) {
    const [error] = document.errors;
    throw new UnreadableMkdocsYml(
      error.code === 'DUPLICATE_KEY'
        ? `mkdocs.yml is not valid YAML: ${firstLine(
            error.message,
          )} (PyYAML would silently keep the last one; write the key once)`
        : `mkdocs.yml is not valid YAML: ${firstLine(error.message)}`,
    );
  }
  const tags: TaggedNode[] = [];
  collectTags(document.contents, '', 0, tags);
  let settings: unknown;
  try {
    settings = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UnreadableMkdocsYml(
      `mkdocs.yml expands its aliases more than ${MAX_ALIAS_COUNT} times (a YAML alias bomb?): ${firstLine(
        String(error),
      )}`,
    );
  }
  return { settings, tags };
}
