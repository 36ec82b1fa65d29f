import { createHash } from 'node:crypto';

/** SHA-256 of bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A manifest in the format of GNU `sha256sum` (`<hex>  <name>` per line,
 * names sorted), so `sha256sum -c SHA256SUMS` checks an extracted archive.
 */
export function writeSha256Sums(files: Map<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map(name => `${sha256Hex(files.get(name)!)}  ${name}\n`)
    .join('');
}

/** What a manifest lists; lines it cannot read come back as problems. */
export interface Sha256Sums {
  sums: Map<string, string>;
  problems: string[];
}

/** Reads a `sha256sum` manifest (text or binary mode lines); never throws. */
export function readSha256Sums(text: string): Sha256Sums {
  const sums = new Map<string, string>();
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      problems.push(
        `SHA256SUMS line ${index + 1} is not "<sha-256>  <file name>"`,
      );
      return;
    }
    const [, hash, name] = match;
    if (sums.has(name)) {
      problems.push(`SHA256SUMS lists ${name} twice`);
      return;
    }
    sums.set(name, hash);
  });
  return { sums, problems };
}
