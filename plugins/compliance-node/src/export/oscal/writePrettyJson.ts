import { Utf8Writer } from '../utf8Writer';

/**
 * `JSON.stringify(value, null, 2)` written into a `Utf8Writer` piece by
 * piece, the same characters: an OSCAL document of a 90-day period runs to
 * hundreds of megabytes, more than one string should hold. Values are
 * plain JSON data (no `toJSON`, no cycles); as in `JSON.stringify`,
 * `undefined` members are left out and `undefined` items become `null`.
 */
export function writePrettyJson(value: unknown, out: Utf8Writer): void {
  writeValue(value, '', 0, out);
  out.write('\n');
}

/**
 * Values nested this deep are small (in OSCAL: one observation, finding
 * or risk) and are written by `JSON.stringify` itself, far faster than
 * walking them here. Its line breaks are all structural (a string's own
 * are escaped), so indenting them shifts the whole value.
 */
const NATIVE_DEPTH = 5;

function writeValue(
  value: unknown,
  indent: string,
  depth: number,
  out: Utf8Writer,
): void {
  if (value === null || typeof value !== 'object') {
    out.write(JSON.stringify(value) ?? 'null');
    return;
  }
  if (depth >= NATIVE_DEPTH) {
    out.write(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.write('[]');
      return;
    }
    out.write('[');
    value.forEach((item, index) => {
      out.write(index === 0 ? `\n${inner}` : `,\n${inner}`);
      writeValue(item === undefined ? null : item, inner, depth + 1, out);
    });
    out.write(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(value).filter(
    ([, member]) => member !== undefined && typeof member !== 'function',
  );
  if (entries.length === 0) {
    out.write('{}');
    return;
  }
  out.write('{');
  entries.forEach(([key, member], index) => {
    out.write(`${index === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
    writeValue(member, inner, depth + 1, out);
  });
  out.write(`\n${indent}}`);
}
