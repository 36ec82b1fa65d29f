import { parseDocument } from 'yaml';

/**
 * Aliases allowed in one front matter. Records have no use for them; a few
 * are tolerated, and a "billion laughs" document expanding thousands of
 * them is refused.
 */
export const FRONT_MATTER_MAX_ALIASES = 10;

/** A record's YAML front matter and the markdown after it. */
export interface FrontMatter {
  /** Whether the text opens with a `---` block. */
  present: boolean;
  /** The mapping; empty when there is no front matter or it is empty. Keys are kept as written. */
  data: Record<string, unknown>;
  /** The markdown after the closing `---` (the whole text when there is none), without leading blank lines. */
  body: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*\r?$/m;

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a value that is not a mapping';
  return `a ${typeof value} (${firstLine(String(value))})`;
}

/** Whether the text opens with a front matter fence (it may still be unclosed). */
export function hasFrontMatter(text: string): boolean {
  return OPENING.test(text);
}

/**
 * Reads the YAML front matter at the start of a record. Throws an Error
 * whose message says what is wrong: a block that is never closed, invalid
 * YAML (including duplicate keys), too many aliases, or a document that is
 * not a mapping (a list, a string). An empty block reads as `{}`.
 */
export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) {
    return {
      present: false,
      data: {},
      body: text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, ''),
    };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new Error(
      'the front matter that opens on line 1 is never closed by a "---" line',
    );
  }
  const yaml = rest.slice(0, closing.index);
  const body = rest
    .slice(closing.index + closing[0].length)
    .replace(/^(?:[ \t]*\r?\n)+/, '');

  const document = parseDocument(yaml, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new Error(
      `the front matter is not valid YAML: ${firstLine(
        document.errors[0].message,
      )}`,
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: FRONT_MATTER_MAX_ALIASES });
  } catch (error) {
    throw new Error(
      `the front matter was refused: ${firstLine(
        error instanceof Error ? error.message : String(error),
      )}`,
    );
  }
  if (value === null || value === undefined) {
    return { present: true, data: {}, body };
  }
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value instanceof Date
  ) {
    throw new Error(
      `the front matter must be a mapping of keys to values, not ${describe(
        value,
      )}`,
    );
  }
  // A plain copy, so a `__proto__` key stays an ordinary key.
  return {
    present: true,
    data: Object.fromEntries(Object.entries(value as object)),
    body,
  };
}
