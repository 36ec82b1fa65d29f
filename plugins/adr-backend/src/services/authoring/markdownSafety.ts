/*
 * User text goes into a record whose structure the parsers rely on: the
 * front matter, one `#` title, `##` sections. These helpers keep the text's
 * meaning where they can and make sure it cannot add a section, end the
 * document early or swallow what follows it.
 */

/** Control characters other than tab and line feed, which nothing in a record needs. */
const STRAY_CONTROL = /(?![\t\n])\p{Cc}/gu;
/** Punctuation that means something anywhere in a line (emphasis, code, links, HTML, entities). */
const INLINE_MARKUP = /[\\`*_[\]<>~]|&(?=#?[A-Za-z0-9]+;)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Any HTML block: types 1-5 only end at their closing tag, so an unclosed one would take the rest of the record. */
const HTML_BLOCK_START = /^( {0,3})</;
/** The record uses heading levels 1-3; the user's own headings start below them. */
const USER_HEADING_OFFSET = 3;

/**
 * One line of plain text, shown as written: whitespace collapsed, and the
 * punctuation that would make it emphasis, a link, HTML, a list or a
 * heading escaped.
 */
export function plainInline(text: string): string {
  return text
    .replace(STRAY_CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_MARKUP, mark => `\\${mark}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/(?<=[^\\])#$/, '\\#');
}

interface OpenFence {
  marker: string;
  length: number;
}

function fenceOpening(line: string): OpenFence | undefined {
  const match = FENCE.exec(line);
  if (!match) return undefined;
  const [, run, info] = match;
  // A backtick fence's info string may not contain a backtick (it would be inline code).
  if (run[0] === '`' && info.includes('`')) return undefined;
  return { marker: run[0], length: run.length };
}

function closesFence(line: string, fence: OpenFence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return (
    !!match && match[1][0] === fence.marker && match[1].length >= fence.length
  );
}

function containLine(line: string, previous: string): string {
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    const level = Math.min(heading[2].length + USER_HEADING_OFFSET, 6);
    return `${heading[1]}${'#'.repeat(level)}${line.slice(heading[0].length)}`;
  }
  // Under a paragraph line, `---` or `===` would turn that line into a heading.
  if (SETEXT_UNDERLINE.test(line) && previous.trim() !== '') {
    return `\\${line.trimStart()}`;
  }
  return line.replace(HTML_BLOCK_START, '$1\\<');
}

/**
 * Markdown the user wrote for one section, made safe to place between the
 * record's own headings: headings moved below level 3, setext underlines
 * and HTML block starts escaped, an unclosed code fence closed. Lines inside
 * fenced code are left as written.
 */
export function containedMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(STRAY_CONTROL, ' ')
    .split('\n');
  const out: string[] = [];
  let fence: OpenFence | undefined;
  let previous = '';
  for (const line of lines) {
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      out.push(line);
    } else {
      fence = fenceOpening(line);
      out.push(fence ? line : containLine(line, previous));
    }
    previous = line;
  }
  if (fence) out.push(fence.marker.repeat(fence.length));
  return out.join('\n').replace(/^\n+|\s+$/g, '');
}

/** A link destination that survives spaces and parentheses in a file name. */
export function linkDestination(fileName: string): string {
  return encodeURIComponent(fileName).replace(
    /[()]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
