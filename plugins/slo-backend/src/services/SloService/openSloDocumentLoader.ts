import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import type { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  MAX_OPENSLO_BYTES,
  OPENSLO_ANNOTATION,
} from '@localplus/plugin-slo-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the OpenSLO file an entity points at. The path is resolved against the
 * location the catalog read the entity from: a URL location goes through the
 * backend's UrlReader (so only configured integrations are reachable), a file
 * location (dev only: production refuses file locations) is read from disk,
 * and only inside the folder of the entity's YAML file.
 */
export class OpenSloDocumentLoader {
  constructor(private readonly urlReader: UrlReaderService) {}

  async load(entity: Entity): Promise<{ location: string; text: string }> {
    const reference = entity.metadata.annotations?.[OPENSLO_ANNOTATION]?.trim();
    if (!reference) {
      throw new InputError(
        `The entity has no ${OPENSLO_ANNOTATION} annotation naming its OpenSLO file`,
      );
    }
    if (reference.length > 1000 || /[\0\r\n]/.test(reference)) {
      throw new InputError(
        `The ${OPENSLO_ANNOTATION} annotation is not a usable path`,
      );
    }
    const managedBy = entity.metadata.annotations?.[ANNOTATION_LOCATION];
    if (!managedBy) {
      throw new InputError(
        'The entity has no managed-by-location, so its OpenSLO path cannot be resolved',
      );
    }
    const { type, target } = parseLocationRef(managedBy);
    if (type === 'url') {
      return this.readUrl(new URL(reference, target).toString());
    }
    if (type === 'file') {
      return this.readFile(target, reference);
    }
    throw new InputError(
      `OpenSLO files can only be read next to url or file locations, not ${type}`,
    );
  }

  private async readUrl(url: string) {
    const response = await this.urlReader.readUrl(url);
    const buffer = await response.buffer();
    if (buffer.length > MAX_OPENSLO_BYTES) {
      throw new InputError(
        `The OpenSLO file at ${url} is larger than ${MAX_OPENSLO_BYTES} bytes`,
      );
    }
    return { location: url, text: buffer.toString('utf8') };
  }

  private async readFile(entityFile: string, reference: string) {
    if (path.isAbsolute(reference) || /^[a-z][a-z0-9+.-]*:/i.test(reference)) {
      throw new InputError(
        `The ${OPENSLO_ANNOTATION} annotation must be a path relative to the entity's file, not ${reference}`,
      );
    }
    const folder = path.dirname(entityFile);
    const file = path.resolve(folder, reference);
    if (!file.startsWith(folder + path.sep)) {
      throw new InputError(
        `The ${OPENSLO_ANNOTATION} annotation points outside the entity's folder: ${reference}`,
      );
    }
    // Symbolic links are followed before the check, so none can lead outside.
    const [realFolder, realFile] = await Promise.all([
      fs.realpath(folder),
      fs.realpath(file).catch(() => undefined),
    ]);
    const stat = realFile ? await fs.stat(realFile) : undefined;
    if (!realFile || !stat?.isFile()) {
      throw new InputError(`The OpenSLO file ${reference} does not exist`);
    }
    if (!realFile.startsWith(realFolder + path.sep)) {
      throw new InputError(
        `The ${OPENSLO_ANNOTATION} annotation points outside the entity's folder: ${reference}`,
      );
    }
    if (stat.size > MAX_OPENSLO_BYTES) {
      throw new InputError(
        `The OpenSLO file ${reference} is larger than ${MAX_OPENSLO_BYTES} bytes`,
      );
    }
    return { location: reference, text: await fs.readFile(realFile, 'utf8') };
  }
}
