import type { ProvidedRotation } from '@localplus/plugin-oncall-node';
import type { Organisation } from '../Organisation';

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/** Whether the rotation answers for a group: it covers the group or a group above it. */
export function coversGroup(
  rotation: ProvidedRotation,
  organisation: Organisation,
  groupRef: string,
): boolean {
  const covers = new Set(rotation.definition.covers.map(lower));
  return organisation.ancestors(groupRef).some(ref => covers.has(ref));
}

/** Whether the rotation answers for an entity owned by `owner` (a group, or nobody known). */
export function coversEntity(
  rotation: ProvidedRotation,
  organisation: Organisation,
  entityRef: string,
  owner: string | undefined,
): boolean {
  const ref = lower(entityRef);
  if ((rotation.coveredEntities ?? []).some(e => lower(e) === ref)) {
    return true;
  }
  return owner?.startsWith('group:')
    ? coversGroup(rotation, organisation, owner)
    : false;
}

/**
 * The rotations answering for an entity: for a group, those it owns or is
 * covered by; for anything else, those covering its owner or naming it.
 */
export function rotationsAnswering(
  rotations: readonly ProvidedRotation[],
  organisation: Organisation,
  entityRef: string,
  owner: string | undefined,
): ProvidedRotation[] {
  const ref = lower(entityRef);
  if (ref.startsWith('group:')) {
    return rotations.filter(
      rotation =>
        lower(rotation.definition.owner) === ref ||
        coversGroup(rotation, organisation, ref),
    );
  }
  return rotations.filter(rotation =>
    coversEntity(rotation, organisation, ref, owner),
  );
}

/** The catalog's components a rotation answers for, by ref, sorted. */
export function servicesOf(
  rotation: ProvidedRotation,
  organisation: Organisation,
): string[] {
  const covered = new Set<string>();
  for (const group of rotation.definition.covers) {
    organisation.descendants(group).forEach(ref => covered.add(ref));
  }
  const named = new Set((rotation.coveredEntities ?? []).map(lower));
  return organisation
    .components()
    .filter(
      component =>
        named.has(component.ref) ||
        (component.owner !== undefined && covered.has(component.owner)),
    )
    .map(component => component.ref)
    .sort();
}
