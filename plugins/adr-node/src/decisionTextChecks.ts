import { MAX_DECISION_FILE_BYTES } from '@localplus/plugin-adr-common';

/** Undecodable bytes (U+FFFD) tolerated before a file counts as not UTF-8; one stray byte in a name is not worth refusing a record. */
export const MAX_REPLACEMENT_CHARACTERS = 3;

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

function countOf(text: string, char: string, limit: number): number {
  let count = 0;
  for (
    let index = text.indexOf(char);
    index !== -1 && count <= limit;
    index = text.indexOf(char, index + 1)
  ) {
    count++;
  }
  return count;
}

/**
 * Why a file's text is not read as a decision record, or undefined when it
 * may be: larger than MAX_DECISION_FILE_BYTES, binary (NUL bytes), or not
 * UTF-8 (several undecodable bytes, which the decoder turned into U+FFFD).
 */
export function refuseDecisionText(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'the file has no text';
  // A UTF-16 code unit is at least one UTF-8 byte: no need to count bytes
  // of a string that is already too long.
  const bytes =
    text.length > MAX_DECISION_FILE_BYTES
      ? text.length
      : Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DECISION_FILE_BYTES) {
    return `the file is ${
      text.length > MAX_DECISION_FILE_BYTES ? 'over ' : ''
    }${formatBytes(bytes)}; decision records over ${formatBytes(
      MAX_DECISION_FILE_BYTES,
    )} are not read`;
  }
  if (text.includes('\u0000')) {
    return 'the file contains NUL bytes: it looks binary, not markdown';
  }
  const replacements = countOf(text, '\uFFFD', MAX_REPLACEMENT_CHARACTERS);
  if (replacements > MAX_REPLACEMENT_CHARACTERS) {
    return 'the file is not valid UTF-8 text (it has bytes that do not decode)';
  }
  return undefined;
}
