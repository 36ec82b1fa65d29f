import type { UrlReaderService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  EntityRelativeFile,
  readEntityRelativeFile,
} from '@localplus/entity-files-node';
import {
  MAX_OPENSLO_BYTES,
  OPENSLO_ANNOTATION,
} from '@localplus/plugin-slo-common';

/**
 * Reads the OpenSLO file an entity points at, relative to the entity's own
 * catalog file: URL locations through the UrlReader, file locations (dev
 * only) confined to the entity's folder. The rules, and their tests, live in
 * `@localplus/entity-files-node`, shared with the on-call rotation files.
 */
export class OpenSloDocumentLoader {
  constructor(private readonly urlReader: UrlReaderService) {}

  load(entity: Entity): Promise<EntityRelativeFile> {
    return readEntityRelativeFile(entity, {
      annotation: OPENSLO_ANNOTATION,
      urlReader: this.urlReader,
      maxBytes: MAX_OPENSLO_BYTES,
      what: 'OpenSLO file',
    });
  }
}
