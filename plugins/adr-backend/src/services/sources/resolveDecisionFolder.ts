import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { ScmIntegrationRegistry } from '@backstage/integration';
import {
  annotatedReference,
  managedByLocation,
} from '@localplus/entity-files-node';
import { ADR_LOCATION_ANNOTATION } from '@localplus/plugin-adr-common';
import path from 'node:path';
import type { DecisionFolder } from './DecisionFolder';

/** The annotation's value, trimmed; undefined when absent or blank. */
export function decisionFolderReference(entity: Entity): string | undefined {
  return (
    entity.metadata.annotations?.[ADR_LOCATION_ANNOTATION]?.trim() || undefined
  );
}

/**
 * Where an entity's decision records live: the `backstage.io/adr-location`
 * annotation as a URL, or as a path resolved against the location the
 * catalog read the entity from (a URL location gives a URL folder, a file
 * location, in development, a folder on disk that must stay inside the
 * entity's folder). Anything else is an InputError saying what is wrong.
 */
export function resolveDecisionFolder(
  entity: Entity,
  integrations: ScmIntegrationRegistry,
): DecisionFolder {
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const what = 'decision folder';
  const reference = annotatedReference(entity, {
    annotation: ADR_LOCATION_ANNOTATION,
    what,
  });
  if (/^https?:\/\//i.test(reference)) {
    try {
      return {
        type: 'url',
        entityRef,
        url: new URL(reference).toString().replace(/\/+$/, ''),
      };
    } catch (error) {
      throw new InputError(
        `The ${ADR_LOCATION_ANNOTATION} annotation ${reference} is not a URL`,
        error,
      );
    }
  }
  if (path.isAbsolute(reference) || /^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    throw new InputError(
      `The ${ADR_LOCATION_ANNOTATION} annotation must be an http(s) URL or a path relative to the entity's file, not ${reference}`,
    );
  }
  const { type, target } = managedByLocation(entity, what);
  if (type === 'url') {
    const url = integrations.resolveUrl({ url: reference, base: target });
    return { type: 'url', entityRef, url: url.replace(/\/+$/, '') };
  }
  if (type === 'file') {
    const entityFolder = path.resolve(path.dirname(target));
    const folder = path.resolve(entityFolder, reference);
    if (
      folder !== entityFolder &&
      !folder.startsWith(entityFolder + path.sep)
    ) {
      throw new InputError(
        `The ${ADR_LOCATION_ANNOTATION} annotation points outside the entity's folder: ${reference}`,
      );
    }
    return { type: 'file', entityRef, path: folder, reference };
  }
  throw new InputError(
    `A decision folder can only be read next to url or file locations, not ${type}`,
  );
}

/** How a folder is shown to people: its URL, or the annotated path. */
export function folderLocation(folder: DecisionFolder): string {
  return folder.type === 'url' ? folder.url : folder.reference;
}
