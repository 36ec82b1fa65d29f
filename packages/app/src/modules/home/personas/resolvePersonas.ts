import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { Persona, PersonaSettings } from './personaSettings';

function toGroupRef(ref: string, namespace = 'default'): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind: 'group', defaultNamespace: namespace }),
  );
}

/** The groups a user entity is a direct member of, as full refs. */
export function directGroupRefs(user: Entity): string[] {
  const fromRelations = (user.relations ?? [])
    .filter(relation => relation.type === RELATION_MEMBER_OF)
    .map(relation => relation.targetRef);
  const namespace = user.metadata.namespace ?? 'default';
  const fromSpec = ((user.spec?.memberOf as string[] | undefined) ?? []).map(
    ref => toGroupRef(ref, namespace),
  );
  return [...new Set([...fromRelations, ...fromSpec])];
}

/**
 * The groups given and every ancestor along `spec.parent`, loaded a level
 * at a time. A parent cycle or a missing group ends its branch.
 */
export async function withAncestorGroups(
  groupRefs: string[],
  loadGroups: (refs: string[]) => Promise<Array<Entity | undefined>>,
): Promise<Set<string>> {
  const seen = new Set(groupRefs);
  let frontier = [...seen];
  while (frontier.length > 0) {
    const groups = await loadGroups(frontier);
    const parents: string[] = [];
    for (const group of groups) {
      const parent = group?.spec?.parent as string | undefined;
      if (!group || !parent) {
        continue;
      }
      const ref = toGroupRef(parent, group.metadata.namespace ?? 'default');
      if (!seen.has(ref)) {
        seen.add(ref);
        parents.push(ref);
      }
    }
    frontier = parents;
  }
  return seen;
}

/**
 * The personas the groups grant, in priority order (the union of all of
 * them); the fallback persona when none does.
 */
export function personasForGroups(
  settings: PersonaSettings,
  groupRefs: Set<string>,
): Persona[] {
  const held = settings.personas.filter(persona =>
    persona.groups.some(group => groupRefs.has(group)),
  );
  return held.length > 0 ? held : [settings.fallback];
}
