import { execFileSync } from 'node:child_process';

/**
 * Rows of a CSV document as Python's csv module (an independent RFC 4180
 * reader) reads them, so the writer is checked by a real parser, not by
 * string matching.
 */
export function parseCsvWithPython(csv: string): string[][] {
  const output = execFileSync(
    'python3',
    [
      '-c',
      'import csv, io, json, sys; ' +
        'text = sys.stdin.buffer.read().decode("utf-8"); ' +
        'print(json.dumps(list(csv.reader(io.StringIO(text, newline="")))))',
    ],
    { input: Buffer.from(csv, 'utf8') },
  );
  return JSON.parse(output.toString('utf8'));
}
