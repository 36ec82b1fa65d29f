import type { Nodes, Paragraph, Root } from 'mdast';
import { MarkdownSegment, splitMarkdown } from './splitMarkdown';

type Point = NonNullable<Nodes['position']>['start'];

declare module 'mdast' {
  interface ParagraphData {
    /** Set on a paragraph holding source text that was not parsed, and why. */
    unparsed?: string;
  }
}

/** Time spent parsing one document, checked between segments; the rest is kept as raw text. */
export const MARKDOWN_PARSE_TIME_LIMIT_MS = 5_000;

export interface ParseMarkdownOptions {
  /** Defaults to MARKDOWN_PARSE_TIME_LIMIT_MS. */
  timeLimitMs?: number;
}

interface MarkdownParser {
  parse(markdown: string): Root;
}

/** A module's default export, whether it was loaded as ESM or as CommonJS. */
function defaultExport<T>(module: { default?: T } | T): T {
  return (module as { default?: T }).default ?? (module as T);
}

let markdownParsers:
  | { firstSegment: MarkdownParser; laterSegment: MarkdownParser }
  | undefined;

/**
 * The remark parsers, built on first use: unified, remark and micromark
 * cost the backend about 0.3 s of CPU to load at every start, and the
 * decision index is first refreshed well after the backend is ready.
 * Front matter can only open the document, so later segments parse without
 * it: a segment that starts with a thematic break must not become `yaml`.
 */
function parsers() {
  if (!markdownParsers) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = defaultExport<typeof import('remark-parse').default>(
      require('remark-parse'),
    );
    const remarkGfm = defaultExport<typeof import('remark-gfm').default>(
      require('remark-gfm'),
    );
    const remarkFrontmatter = defaultExport<
      typeof import('remark-frontmatter').default
    >(require('remark-frontmatter'));
    /* eslint-enable @typescript-eslint/no-require-imports */
    markdownParsers = {
      firstSegment: unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkFrontmatter, ['yaml'])
        .freeze(),
      laterSegment: unified().use(remarkParse).use(remarkGfm).freeze(),
    };
  }
  return markdownParsers;
}

function endOf(segment: MarkdownSegment): Point {
  let lines = 0;
  let lastNewline = -1;
  for (
    let index = segment.text.indexOf('\n');
    index !== -1;
    index = segment.text.indexOf('\n', index + 1)
  ) {
    lines++;
    lastNewline = index;
  }
  return {
    line: segment.line + lines,
    column: segment.text.length - lastNewline,
    offset: segment.offset + segment.text.length,
  };
}

function rawParagraph(segment: MarkdownSegment, reason: string): Paragraph {
  const position = {
    start: { line: segment.line, column: 1, offset: segment.offset },
    end: endOf(segment),
  };
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: segment.text, position }],
    position,
    data: { unparsed: reason },
  };
}

/** Moves a segment's positions to the document's, as if it had been parsed in place. */
function moveToDocument(tree: Root, segment: MarkdownSegment, prefix: string) {
  const prefixLines = prefix ? 1 : 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of node.position
      ? [node.position.start, node.position.end]
      : []) {
      if (point.offset !== undefined && point.offset < prefix.length) {
        // The fence's opening line belongs to an earlier segment.
        point.line = segment.line;
        point.column = 1;
        point.offset = segment.offset;
      } else {
        point.line += segment.line - 1 - prefixLines;
        if (point.offset !== undefined) {
          point.offset += segment.offset - prefix.length;
        }
      }
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) stack.push(child);
    }
  }
}

/**
 * Parses markdown (CommonMark, GFM, YAML front matter as a `yaml` node)
 * into an mdast tree whose positions point into `markdown`. Never hangs:
 *
 * - blocks whose shape is too slow to parse (see splitMarkdown) become a
 *   paragraph holding their source as text, with `data.unparsed` saying why;
 * - documents over a few kilobytes are parsed in segments cut at blank
 *   lines, and once `timeLimitMs` has passed the remaining segments are kept
 *   as text the same way. A list or table that spans a cut comes back as
 *   two nodes.
 */
export function parseMarkdown(
  markdown: string,
  options: ParseMarkdownOptions = {},
): Root {
  const timeLimitMs = options.timeLimitMs ?? MARKDOWN_PARSE_TIME_LIMIT_MS;
  const started = Date.now();
  const root: Root = { type: 'root', children: [] };
  const segments = splitMarkdown(markdown);
  for (const segment of segments) {
    if (segment.kind === 'raw') {
      root.children.push(rawParagraph(segment, segment.reason ?? 'raw'));
      continue;
    }
    if (segment.offset > 0 && Date.now() - started > timeLimitMs) {
      const rest = { ...segment, text: markdown.slice(segment.offset) };
      root.children.push(
        rawParagraph(rest, `parsing took longer than ${timeLimitMs} ms`),
      );
      break;
    }
    const prefix = segment.fence ? `${segment.fence}\n` : '';
    const parser =
      segment.offset === 0 ? parsers().firstSegment : parsers().laterSegment;
    const tree = parser.parse(prefix + segment.text);
    if (segment.offset > 0) moveToDocument(tree, segment, prefix);
    for (const child of tree.children) root.children.push(child);
  }
  return root;
}
