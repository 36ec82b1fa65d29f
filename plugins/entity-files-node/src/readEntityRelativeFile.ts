import type { UrlReaderService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { annotatedReference, managedByLocation } from './entityLocation';
import { readFileInsideFolder } from './readFileInsideFolder';
import { readUrlAtMost } from './readUrlAtMost';

/** How to find and read the file an entity's annotation points at. */
export interface ReadEntityRelativeFileOptions {
  /** The annotation holding the path, e.g. `localplus.io/openslo`. */
  annotation: string;
  /** Reads URL locations: only the integrations configured for it are reachable. */
  urlReader: UrlReaderService;
  /** Files larger than this many bytes are refused. */
  maxBytes: number;
  /** What the file is, for the messages: `OpenSLO file`, `rotation file`. */
  what: string;
}

/** The file's text and where it was read: the URL, or the path as annotated. */
export interface EntityRelativeFile {
  location: string;
  text: string;
}

/**
 * Reads the file an entity points at through one of its annotations, the
 * path being resolved against the location the catalog read the entity from.
 * A URL location goes through the backend's UrlReader; a file location (used
 * in development, production refuses file locations) is read from disk, and
 * only inside the folder of the entity's own YAML file, links included.
 * Every refusal is an `InputError` saying what is wrong with the entity.
 */
export async function readEntityRelativeFile(
  entity: Entity,
  options: ReadEntityRelativeFileOptions,
): Promise<EntityRelativeFile> {
  const { annotation, what } = options;
  const reference = annotatedReference(entity, { annotation, what });
  const { type, target } = managedByLocation(entity, what);
  if (type === 'url') {
    return readBesideUrl(target, reference, options);
  }
  if (type === 'file') {
    return readFileInsideFolder(target, reference, options);
  }
  throw new InputError(
    `A ${what} can only be read next to url or file locations, not ${type}`,
  );
}

async function readBesideUrl(
  base: string,
  reference: string,
  options: ReadEntityRelativeFileOptions,
): Promise<EntityRelativeFile> {
  let url: string;
  try {
    url = new URL(reference, base).toString();
  } catch (error) {
    throw new InputError(
      `The ${options.annotation} annotation ${reference} does not resolve to a URL beside ${base}`,
      error,
    );
  }
  const response = await options.urlReader.readUrl(url);
  const buffer = await readUrlAtMost(response, options.maxBytes);
  if (!buffer) {
    throw new InputError(
      `The ${options.what} at ${url} is larger than ${options.maxBytes} bytes`,
    );
  }
  return { location: url, text: buffer.toString('utf8') };
}
