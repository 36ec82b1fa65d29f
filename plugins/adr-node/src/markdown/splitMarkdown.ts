/*
 * micromark (under remark-parse) is slow on some shapes: deeply nested
 * block quotes and lists, and paragraphs dense with emphasis or link markers,
 * can take minutes on a few hundred kilobytes, and a parse cannot be
 * interrupted. This scan cuts a document into small segments at blank lines,
 * so that the caller can stop between them when time runs out, and sets
 * aside the blocks whose shape would be too slow to parse: those are kept
 * as raw text instead of markdown.
 */

/** Block quotes and list items opened on one line beyond this keep the block raw. */
export const MAX_MARKDOWN_NESTING = 32;

/** `*`, `~` and `[` characters in one paragraph beyond this keep it raw. */
export const MAX_INLINE_MARKERS_PER_BLOCK = 1000;

/** A list or quote marker indented this many columns or more (nesting by indentation) keeps the block raw. */
export const MAX_MARKER_INDENT = 100;

/** A line longer than this, outside fenced code, keeps its block raw. */
export const MAX_MARKDOWN_LINE_LENGTH = 32 * 1024;

/** Segments are cut at the first blank line after this many characters... */
const SEGMENT_TARGET = 2 * 1024;
/** ...or at any line end after this many, when no blank line comes. */
const SEGMENT_MAX = 4 * 1024;

/** A piece of a markdown document, starting at the beginning of a line. */
export interface MarkdownSegment {
  /** `markdown` is parsed; `raw` is kept as text, its shape being too slow to parse. */
  kind: 'markdown' | 'raw';
  text: string;
  /** Offset of the segment's first character in the document. */
  offset: number;
  /** Line (1-based) of the segment's first character. */
  line: number;
  /** A segment cut inside fenced code starts with that fence's opening line, parsed before `text`. */
  fence?: string;
  /** Why a raw segment is raw. */
  reason?: string;
}

interface Fence {
  char: string;
  length: number;
  opening: string;
}

const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const BLANK_LINE = /^[ \t]*\r?$/;

function openingFence(line: string): Fence | undefined {
  const match = FENCE_OPENING.exec(line);
  if (!match) return undefined;
  const marker = match[1];
  // A backtick fence's info string may not contain backticks (CommonMark).
  if (marker[0] === '`' && line.slice(match[0].length).includes('`')) {
    return undefined;
  }
  return { char: marker[0], length: marker.length, opening: line };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = FENCE_CLOSING.exec(line);
  return (
    !!match && match[1][0] === fence.char && match[1].length >= fence.length
  );
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Length of the container marker at `index` (`>`, `- `, `1. `), or 0. */
function markerLength(line: string, index: number): number {
  const char = line[index];
  if (char === '>') return 1;
  if (
    (char === '-' || char === '+' || char === '*') &&
    isSpace(line[index + 1])
  ) {
    return 2;
  }
  let digits = 0;
  while (digits < 10 && isDigit(line[index + digits])) digits++;
  const after = line[index + digits];
  return digits > 0 &&
    digits < 10 &&
    (after === '.' || after === ')') &&
    isSpace(line[index + digits + 1])
    ? digits + 2
    : 0;
}

/**
 * Counts the containers a line opens (`>`, `-`, `+`, `*`, `1.`, `1)`) and
 * the columns of indentation before the first one.
 */
function lineContainers(line: string): { count: number; indent: number } {
  let index = 0;
  let indent = 0;
  while (isSpace(line[index])) {
    indent += line[index] === '\t' ? 4 - (indent % 4) : 1;
    index++;
  }
  let count = 0;
  for (
    let length = markerLength(line, index);
    length > 0 && count <= MAX_MARKDOWN_NESTING;
    length = markerLength(line, index)
  ) {
    count++;
    index += length;
    while (isSpace(line[index])) index++;
  }
  return { count, indent };
}

function inlineMarkers(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line.charCodeAt(index);
    // '*', '~', '['
    if (char === 42 || char === 126 || char === 91) count++;
  }
  return count;
}

/** Why a line makes its block too slow to parse, or undefined. */
function shapeFault(
  line: string,
  lineNumber: number,
  markersBefore: number,
): { fault?: string; markers: number } {
  if (line.length > MAX_MARKDOWN_LINE_LENGTH) {
    return {
      fault: `line ${lineNumber} is longer than ${MAX_MARKDOWN_LINE_LENGTH} characters`,
      markers: markersBefore,
    };
  }
  const { count, indent } = lineContainers(line);
  if (count > MAX_MARKDOWN_NESTING) {
    return {
      fault: `line ${lineNumber} nests more than ${MAX_MARKDOWN_NESTING} block quotes or list items`,
      markers: markersBefore,
    };
  }
  if (count > 0 && indent >= MAX_MARKER_INDENT) {
    return {
      fault: `line ${lineNumber} indents a list or quote marker ${indent} columns`,
      markers: markersBefore,
    };
  }
  const markers = markersBefore + inlineMarkers(line);
  if (markers > MAX_INLINE_MARKERS_PER_BLOCK) {
    return {
      fault: `the block around line ${lineNumber} has more than ${MAX_INLINE_MARKERS_PER_BLOCK} "*", "~" or "[" characters`,
      markers,
    };
  }
  return { markers };
}

/**
 * Cuts a document into segments that parse on their own, in order and
 * covering it exactly: markdown segments of a few kilobytes, cut at blank
 * lines outside fenced code (or at a line end when a block runs on), and raw
 * segments for the blocks (up to the next blank line) whose shape would be
 * too slow to parse.
 */
export function splitMarkdown(markdown: string): MarkdownSegment[] {
  const segments: MarkdownSegment[] = [];
  let segmentStart = 0;
  let segmentLine = 1;
  let segmentFence: string | undefined;
  let blockStart = 0;
  let blockLine = 1;
  let markers = 0;
  let fence: Fence | undefined;
  let rawReason: string | undefined;
  let lineNumber = 0;
  let position = 0;

  const emit = (
    kind: MarkdownSegment['kind'],
    end: number,
    nextLine: number,
  ) => {
    if (end > segmentStart) {
      segments.push({
        kind,
        text: markdown.slice(segmentStart, end),
        offset: segmentStart,
        line: segmentLine,
        ...(kind === 'markdown' && segmentFence ? { fence: segmentFence } : {}),
        ...(kind === 'raw' ? { reason: rawReason } : {}),
      });
    }
    segmentStart = end;
    segmentLine = nextLine;
    segmentFence = undefined;
  };
  const startBlock = (at: number, line: number) => {
    blockStart = at;
    blockLine = line;
    markers = 0;
  };

  while (position < markdown.length) {
    const lineStart = position;
    const newline = markdown.indexOf('\n', position);
    const end = newline === -1 ? markdown.length : newline + 1;
    const line = markdown.slice(position, newline === -1 ? end : newline);
    lineNumber++;
    position = end;
    const blank = BLANK_LINE.test(line);

    if (rawReason !== undefined) {
      if (blank) {
        emit('raw', lineStart, lineNumber);
        rawReason = undefined;
        startBlock(lineStart, lineNumber);
      }
      continue;
    }
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (blank) {
      startBlock(end, lineNumber + 1);
      if (end - segmentStart >= SEGMENT_TARGET)
        emit('markdown', end, lineNumber + 1);
      continue;
    } else {
      const shape = shapeFault(line, lineNumber, markers);
      markers = shape.markers;
      if (shape.fault) {
        emit('markdown', blockStart, blockLine);
        rawReason = shape.fault;
        continue;
      }
      fence = openingFence(line);
    }

    if (end - segmentStart >= SEGMENT_MAX) {
      emit('markdown', end, lineNumber + 1);
      // The next segment is parsed on its own: inside a fence, it needs the
      // fence's opening line to stay code.
      if (fence) segmentFence = fence.opening;
      startBlock(end, lineNumber + 1);
    }
  }
  emit(
    rawReason !== undefined ? 'raw' : 'markdown',
    markdown.length,
    lineNumber + 1,
  );
  return segments;
}
