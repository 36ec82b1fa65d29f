import {
  ANNOTATION_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** Longer values are not paths anyone writes by hand; they are refused unread. */
const MAX_REFERENCE_LENGTH = 1000;

/**
 * The path or URL an entity's annotation holds, trimmed. Refuses, as an
 * `InputError` naming the annotation, a missing or blank value and one no
 * person would write (over 1,000 characters, NUL or line breaks).
 */
export function annotatedReference(
  entity: Entity,
  options: { annotation: string; what: string },
): string {
  const { annotation, what } = options;
  const reference = entity.metadata.annotations?.[annotation]?.trim();
  if (!reference) {
    throw new InputError(
      `The entity has no ${annotation} annotation naming its ${what}`,
    );
  }
  if (reference.length > MAX_REFERENCE_LENGTH || /[\0\r\n]/.test(reference)) {
    throw new InputError(`The ${annotation} annotation is not a usable path`);
  }
  return reference;
}

/**
 * The location the catalog read the entity from (`url` or `file`, with its
 * target), which annotated paths are relative to; an `InputError` when the
 * entity has none or it is not a location reference.
 */
export function managedByLocation(
  entity: Entity,
  what: string,
): { type: string; target: string } {
  const managedBy = entity.metadata.annotations?.[ANNOTATION_LOCATION];
  if (!managedBy) {
    throw new InputError(
      `The entity has no managed-by-location, so its ${what} cannot be located`,
    );
  }
  try {
    return parseLocationRef(managedBy);
  } catch (error) {
    throw new InputError(
      `The entity's managed-by-location ${JSON.stringify(
        managedBy,
      )} is not a location reference`,
      error,
    );
  }
}
