import { markdownLinkLabels, stripHtml } from '../markdown/plainText';

/** Entries kept per list (people, tags); a record naming more is not a record. */
export const MAX_LIST_ENTRIES = 100;
const MAX_ENTRY_LENGTH = 200;

// Innermost parentheses first; repeated so nested remarks go too.
const REMARK = /\([^()]*\)/g;

function cleanEntry(text: string): string {
  return stripHtml(markdownLinkLabels(text))
    .replace(/[*`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutRemarks(text: string): string {
  let current = text;
  for (let round = 0; round < 5; round++) {
    const next = current.replace(REMARK, ' ');
    if (next === current) break;
    current = next;
  }
  return current;
}

function unique(entries: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries) {
    const key = entry.toLocaleLowerCase('en-US');
    if (!entry || entry.length > MAX_ENTRY_LENGTH || seen.has(key)) continue;
    seen.add(key);
    result.push(entry);
    if (result.length === MAX_LIST_ENTRIES) break;
  }
  return result;
}

function listItems(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value
    .filter(item => typeof item === 'string' || typeof item === 'number')
    .map(item => String(item));
}

function unbracketed(text: string): string {
  const trimmed = text.trim();
  return /^\[[^[\]]*\]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/**
 * The people a record names, from a YAML list or a written list:
 * `a, b and c`, `a; b`, `[a, b]`. Remarks in parentheses are dropped
 * (`Security (tier T0 change)` is `Security`), links become their text,
 * duplicates (ignoring case) are dropped. Items of a YAML list are not
 * split further, so `"Doe, Jane"` stays one person.
 */
export function splitPeople(value: unknown): string[] {
  const items = listItems(value);
  if (items) {
    return unique(
      items.map(item => cleanEntry(withoutRemarks(markdownLinkLabels(item)))),
    );
  }
  if (typeof value !== 'string') return [];
  return unique(
    withoutRemarks(markdownLinkLabels(unbracketed(value)))
      .split(/[,;\n&]|\band\b/i)
      .map(cleanEntry),
  );
}

/**
 * Tags from a YAML list or a written list: comma-separated when there is a
 * comma (`backend, data platform`), else space-separated as log4brains
 * writes them (`backend kafka`). A leading `#` is dropped.
 */
export function splitTags(value: unknown): string[] {
  const items = listItems(value);
  let entries: string[];
  if (items) {
    entries = items;
  } else if (typeof value === 'string') {
    const text = unbracketed(value);
    entries = text.split(text.includes(',') ? ',' : /\s+/);
  } else {
    return [];
  }
  return unique(entries.map(entry => cleanEntry(entry).replace(/^#/, '')));
}
