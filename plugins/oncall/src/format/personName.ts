import { parseEntityRef } from '@backstage/catalog-model';
import type { OnCallPerson } from '@localplus/plugin-oncall-common';

/** The name part of an entity ref, or the text itself when it is no ref. */
export function refName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** A person's display name from the backend's people map, else their user name. */
export function personName(
  people: Record<string, OnCallPerson>,
  ref: string,
): string {
  return people[ref]?.displayName ?? refName(ref);
}
