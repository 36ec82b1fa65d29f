import { InputError } from '@backstage/errors';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads `reference`, relative to the folder of `entityFile`, refusing any
 * path that leads outside that folder: absolute paths, `..`, other schemes
 * and symbolic links that point out of it.
 */
export async function readFileInsideFolder(
  entityFile: string,
  reference: string,
  options: { annotation: string; maxBytes: number; what: string },
): Promise<{ location: string; text: string }> {
  const { annotation, maxBytes, what } = options;
  const outside = () =>
    new InputError(
      `The ${annotation} annotation points outside the entity's folder: ${reference}`,
    );
  if (path.isAbsolute(reference) || /^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    throw new InputError(
      `The ${annotation} annotation must be a path relative to the entity's file, not ${reference}`,
    );
  }
  const folder = path.resolve(path.dirname(entityFile));
  const file = path.resolve(folder, reference);
  if (!file.startsWith(folder + path.sep)) {
    throw outside();
  }
  // Links are resolved before the check, so none can lead outside.
  const [realFolder, realFile] = await Promise.all([
    fs.realpath(folder),
    fs.realpath(file).catch(() => undefined),
  ]);
  // stat before open: opening a named pipe would wait for a writer forever.
  const stat = realFile
    ? await fs.stat(realFile).catch(() => undefined)
    : undefined;
  if (!realFile || !stat) {
    throw new InputError(`The ${what} ${reference} does not exist`);
  }
  if (!stat.isFile()) {
    throw new InputError(`The ${what} ${reference} is not a regular file`);
  }
  if (!realFile.startsWith(realFolder + path.sep)) {
    throw outside();
  }
  const tooLarge = () =>
    new InputError(`The ${what} ${reference} is larger than ${maxBytes} bytes`);
  if (stat.size > maxBytes) {
    throw tooLarge();
  }
  const buffer = await fs.readFile(realFile);
  // The file may have grown since it was measured.
  if (buffer.length > maxBytes) {
    throw tooLarge();
  }
  return { location: reference, text: buffer.toString('utf8') };
}
