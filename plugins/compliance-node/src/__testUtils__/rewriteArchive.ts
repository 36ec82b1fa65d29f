import { unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';

export type ArchiveFiles = Map<string, Uint8Array>;

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** The entries of an archive, by name. */
export function readArchive(zip: Uint8Array): ArchiveFiles {
  return new Map(Object.entries(unzipSync(zip)));
}

/** The text of one entry. */
export function entryText(zip: Uint8Array, name: string): string {
  return text(readArchive(zip).get(name)!);
}

/**
 * The archive with its entries changed by `edit`, as a tamperer would:
 * with `SHA256SUMS` recomputed to match (the default) or left as it was.
 */
export function rewriteArchive(
  zip: Uint8Array,
  edit: (files: ArchiveFiles) => void,
  options: { updateSums?: boolean } = {},
): Uint8Array {
  const files = readArchive(zip);
  edit(files);
  if (options.updateSums ?? true) {
    const sums = [...files.keys()]
      .filter(name => name !== 'SHA256SUMS')
      .sort()
      .map(
        name =>
          `${createHash('sha256')
            .update(files.get(name)!)
            .digest('hex')}  ${name}\n`,
      )
      .join('');
    files.set('SHA256SUMS', Buffer.from(sums));
  }
  return zipSync(Object.fromEntries(files));
}

/** Replaces the text of one entry. */
export function editText(
  files: ArchiveFiles,
  name: string,
  change: (text: string) => string,
): void {
  files.set(name, Buffer.from(change(text(files.get(name)!))));
}
