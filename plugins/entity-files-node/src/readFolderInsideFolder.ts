import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';

/** How to list a folder an entity's annotation points at, and what to keep. */
export interface ReadFolderInsideFolderOptions {
  /** The annotation holding the path, for the messages. */
  annotation: string;
  /** What the folder is, for the messages: `decision folder`. */
  what: string;
  /** Files larger than this many bytes are skipped unread. */
  maxBytes: number;
  /** At most this many files are read; the rest are counted in `omitted`. */
  maxFiles: number;
  /** Which names of the folder's top level to read, e.g. markdown files. */
  include(fileName: string): boolean;
}

/** One file read from the folder; `location` is the annotated path joined with its name. */
export interface FolderFile {
  fileName: string;
  location: string;
  text: string;
}

/** A file that was listed but not read, and why. */
export interface SkippedFolderFile {
  fileName: string;
  location: string;
  reason: string;
}

export interface FolderContents {
  /** The folder's path as annotated. */
  location: string;
  /** The included files, in name order. */
  files: FolderFile[];
  skipped: SkippedFolderFile[];
  /** Included files beyond `maxFiles`, not read. */
  omitted: number;
}

function isWithin(folder: string, candidate: string): boolean {
  return candidate === folder || candidate.startsWith(folder + path.sep);
}

/**
 * Lists the top level of the folder `reference`, relative to the folder of
 * `entityFile`, and reads the files `include` accepts. Like
 * `readFileInsideFolder`, nothing outside the entity's folder is read:
 * absolute paths, other schemes, `..` and links leading out are refused,
 * links being resolved before the check. A folder that cannot be listed is
 * an `InputError`; a file that cannot be read (a link out, a pipe, too
 * large) is skipped with its reason, so one bad file does not hide the rest.
 */
export async function readFolderInsideFolder(
  entityFile: string,
  reference: string,
  options: ReadFolderInsideFolderOptions,
): Promise<FolderContents> {
  const { annotation, what } = options;
  const outside = () =>
    new InputError(
      `The ${annotation} annotation points outside the entity's folder: ${reference}`,
    );
  if (path.isAbsolute(reference) || /^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    throw new InputError(
      `The ${annotation} annotation must be a path relative to the entity's file, not ${reference}`,
    );
  }
  const root = path.resolve(path.dirname(entityFile));
  const folder = path.resolve(root, reference);
  if (!isWithin(root, folder)) {
    throw outside();
  }
  const [realRoot, realFolder] = await Promise.all([
    fs.realpath(root).catch(() => undefined),
    fs.realpath(folder).catch(() => undefined),
  ]);
  const stat = realFolder
    ? await fs.stat(realFolder).catch(() => undefined)
    : undefined;
  if (!realRoot || !realFolder || !stat) {
    throw new InputError(`The ${what} ${reference} does not exist`);
  }
  if (!stat.isDirectory()) {
    throw new InputError(`The ${what} ${reference} is not a folder`);
  }
  if (!isWithin(realRoot, realFolder)) {
    throw outside();
  }

  const names = (await fs.readdir(realFolder))
    .filter(name => options.include(name))
    .sort();
  const chosen = names.slice(0, options.maxFiles);
  const base = reference.replace(/\/+$/, '') || '.';
  const contents: FolderContents = {
    location: reference,
    files: [],
    skipped: [],
    omitted: names.length - chosen.length,
  };
  for (const fileName of chosen) {
    const location = `${base}/${fileName}`;
    const read = await readListedFile(
      path.join(realFolder, fileName),
      realRoot,
      options.maxBytes,
    );
    if ('reason' in read) {
      contents.skipped.push({ fileName, location, reason: read.reason });
    } else {
      contents.files.push({ fileName, location, text: read.text });
    }
  }
  return contents;
}

async function readListedFile(
  file: string,
  realRoot: string,
  maxBytes: number,
): Promise<{ text: string } | { reason: string }> {
  const real = await fs.realpath(file).catch(() => undefined);
  if (!real) {
    return { reason: 'is a link to a file that does not exist' };
  }
  if (!real.startsWith(realRoot + path.sep)) {
    return { reason: "is a link leading outside the entity's folder" };
  }
  // stat before open: opening a named pipe would wait for a writer forever.
  const stat = await fs.stat(real).catch(() => undefined);
  if (!stat || !stat.isFile()) {
    return { reason: 'is not a regular file' };
  }
  const tooLarge = { reason: `is larger than ${maxBytes} bytes` };
  if (stat.size > maxBytes) {
    return tooLarge;
  }
  const buffer = await fs.readFile(real).catch(() => undefined);
  if (!buffer) {
    return { reason: 'could not be read' };
  }
  // The file may have grown since it was measured.
  return buffer.length > maxBytes
    ? tooLarge
    : { text: buffer.toString('utf8') };
}
