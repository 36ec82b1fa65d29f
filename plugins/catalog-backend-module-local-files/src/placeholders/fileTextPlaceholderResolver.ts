import { InputError } from '@backstage/errors';
import { PlaceholderResolver } from '@backstage/plugin-catalog-node';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Definition files larger than this are refused rather than stored. */
export const MAX_PLACEHOLDER_FILE_BYTES = 2 * 1024 * 1024;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * `$text: ./ledger.proto` beside an entity read from a `file` location.
 *
 * Backstage resolves `$text` through URL readers only, so relative
 * definitions work for entities read from GitHub but not for the bundled
 * catalog on disk. This resolver reads such files itself, confined to the
 * folder of the entity file (no `..`, no absolute paths, no symlink escapes),
 * and hands URL-based locations to the default behaviour.
 */
export const fileTextPlaceholderResolver: PlaceholderResolver = async ({
  key,
  value,
  baseUrl,
  read,
  resolveUrl,
}) => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(`Placeholder $${key} expects a relative file path`);
  }
  if (URL_SCHEME.test(baseUrl)) {
    return (await read(resolveUrl(value, baseUrl))).toString('utf-8');
  }

  const baseDir = await fs.realpath(path.dirname(baseUrl));
  const requested = path.resolve(baseDir, value);
  const target = await fs.realpath(requested).catch(() => {
    throw new InputError(
      `Placeholder $${key} could not read ${value}: no such file beside ${path.basename(
        baseUrl,
      )}`,
    );
  });
  if (!target.startsWith(`${baseDir}${path.sep}`)) {
    throw new InputError(
      `Placeholder $${key} may only read files below the entity's folder, not ${value}`,
    );
  }
  const stat = await fs.stat(target);
  if (!stat.isFile()) {
    throw new InputError(
      `Placeholder $${key} expects a file, ${value} is not one`,
    );
  }
  if (stat.size > MAX_PLACEHOLDER_FILE_BYTES) {
    throw new InputError(
      `Placeholder $${key} refuses ${value}: ${stat.size} bytes is over the ${MAX_PLACEHOLDER_FILE_BYTES} byte limit`,
    );
  }
  return fs.readFile(target, 'utf-8');
};
