import { Entity } from '@backstage/catalog-model';
import { OVERLAYS_ANNOTATION } from '../catalog/readCatalog';
import { ManifestSourceError } from './ManifestSourceError';

/** More overlays than any component has; the rest would be a runaway annotation. */
export const MAX_OVERLAYS = 20;

/** An overlay as annotated: a folder relative to the entity's file, or a URL. */
export type OverlayReference =
  | { kind: 'path'; path: string }
  | { kind: 'url'; url: string };

/** The annotation's comma-separated overlays, trimmed, without duplicates. */
export function overlayList(entity: Entity): string[] {
  const value = entity.metadata.annotations?.[OVERLAYS_ANNOTATION] ?? '';
  return [
    ...new Set(
      value
        .split(',')
        .map(item => item.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Reads one overlay reference, refusing what could lead outside the
 * entity's folder: absolute paths, `..`, schemes other than http(s),
 * control characters.
 */
export function parseOverlayReference(overlay: string): OverlayReference {
  if (
    overlay.length > 500 ||
    [...overlay].some(char => char.charCodeAt(0) < 32)
  ) {
    throw new ManifestSourceError('the overlay is not a usable path');
  }
  if (/^https?:\/\//i.test(overlay)) {
    try {
      return { kind: 'url', url: new URL(overlay).toString() };
    } catch {
      throw new ManifestSourceError('the overlay is not a valid URL');
    }
  }
  if (
    /^[a-z][a-z0-9+.-]*:/i.test(overlay) ||
    overlay.startsWith('/') ||
    overlay.startsWith('\\')
  ) {
    throw new ManifestSourceError(
      "the overlay must be a folder relative to the entity's file, or an http(s) URL",
    );
  }
  const parts = overlay
    .split(/[\\/]+/)
    .filter(part => part !== '' && part !== '.');
  if (parts.includes('..')) {
    throw new ManifestSourceError(
      "the overlay climbs out with '..'; it must lie inside the entity's folder",
    );
  }
  return { kind: 'path', path: parts.join('/') || '.' };
}
