import type {
  DecisionLink,
  DecisionLinkKind,
} from '@localplus/plugin-adr-common';

/**
 * Text in which each markdown link is replaced by a placeholder
 * (`\uE000<index>\uE001`) pointing into `urls`, so relation phrases can be
 * matched on text while the links keep their targets.
 */
export interface LinkedText {
  text: string;
  urls: string[];
}

const PLACEHOLDER_CHARS = /[\uE000\uE001]/g;

/** Text without placeholder characters, safe to add to a LinkedText. */
export function literalText(text: string): string {
  return text.replace(PLACEHOLDER_CHARS, '');
}

/** Adds a link to a LinkedText under construction and returns its placeholder. */
export function linkPlaceholder(urls: string[], url: string): string {
  urls.push(url);
  return `\uE000${urls.length - 1}\uE001`;
}

// Labels without brackets and bounded lengths keep a long run of `[` linear.
const MARKDOWN_LINK =
  /\[([^[\]\n]{0,300})\]\([ \t]{0,20}<?([^()\s<>]{1,2000})>?(?:[ \t]{1,20}"[^"\n]{0,300}")?[ \t]{0,20}\)/g;

/** A LinkedText of a markdown string (a status in front matter, say). */
export function linkedTextOf(markdown: string): LinkedText {
  const urls: string[] = [];
  const text = literalText(markdown).replace(
    MARKDOWN_LINK,
    (_whole, _label, url: string) => linkPlaceholder(urls, url),
  );
  return { text, urls };
}

// The phrases of adr-tools, MADR 2's Links list and status lines. adr-tools
// spells supersede "supercede"; refinements and clarifications relate.
const RELATION =
  /\b(superseded by|superceded by|supersedes|supercedes|amended by|amends|clarified by|clarifies|refined by|refines|relates to|related to)\b[ \t]*:?[ \t]*/gi;

function kindOf(phrase: string): DecisionLinkKind {
  const words = phrase.toLocaleLowerCase('en-US');
  if (words.endsWith(' by') && words.startsWith('super'))
    return 'superseded-by';
  if (words.startsWith('super')) return 'supersedes';
  if (words === 'amended by') return 'amended-by';
  if (words === 'amends') return 'amends';
  return 'relates-to';
}

// A target after a phrase: a link, `ADR-0012` / `ADR 12`, a URL, a file
// name or path ending in .md, or a bare number that ends the clause.
const REFERENCE =
  /^(?:\uE000(\d+)\uE001|((?:m?adr)[-_ ]?#?\d{1,6})(?!\w)|(https?:\/\/[^\s<>()\uE000\uE001]+)|((?:\.{1,2}\/)?[\w.\/-]{0,300}?\.md(?:#[\w.-]*)?)(?![\w.\/-])|#?(\d{1,6})(?=[ \t]*(?:$|[,.;)&\n]|and\b)))/i;
const SEPARATOR = /^[ \t]*(?:,|;|&|\band\b)[ \t]*/i;

function readReference(
  text: string,
  urls: string[],
): { target: string; length: number } | undefined {
  const match = REFERENCE.exec(text);
  if (!match) return undefined;
  const [whole, index, adr, url, file, number] = match;
  let target: string | undefined;
  if (index !== undefined) target = urls[Number(index)];
  else if (url !== undefined) target = url.replace(/[.,;:!?]+$/, '');
  else target = (adr ?? file ?? number)?.trim();
  return target ? { target, length: whole.length } : undefined;
}

/**
 * The links a line states with a relation phrase: `Supersedes [2. Foo](0002-foo.md)`,
 * `superseded by ADR-0012`, `Amended by [3. X](0003-x.md)`,
 * `Refined by [ADR-0005](0005-example.md) and [ADR-0006](0006-y.md)`.
 * Targets are kept as written.
 */
export function relationLinks({ text, urls }: LinkedText): DecisionLink[] {
  const links: DecisionLink[] = [];
  for (const match of text.matchAll(RELATION)) {
    const kind = kindOf(match[1]);
    let rest = text.slice(
      match.index! + match[0].length,
      match.index! + match[0].length + 2000,
    );
    for (;;) {
      const reference = readReference(rest, urls);
      if (!reference) break;
      links.push({ kind, target: reference.target });
      rest = rest.slice(reference.length);
      const separator = SEPARATOR.exec(rest);
      if (!separator) break;
      rest = rest.slice(separator[0].length);
    }
  }
  return links;
}

/** relationLinks of a status written as markdown, e.g. front matter `status: superseded by [ADR-0012](0012-x.md)`. */
export function linksFromStatusText(status: string): DecisionLink[] {
  return relationLinks(linkedTextOf(status));
}
