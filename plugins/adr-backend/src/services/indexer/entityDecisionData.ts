import {
  DEFAULT_NAMESPACE,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** What a decision takes from its entity. */
export interface EntityDecisionData {
  /** Lower-cased, as decision ids carry it. */
  entityRef: string;
  /** The entity's `spec.system`, or the entity itself when it is a System. */
  system?: string;
  /** The entity's `spec.owner`. */
  owner?: string;
}

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** A full ref from a spec field that may be written short (`platform-team`); undefined when unusable. */
function fullRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    return undefined;
  }
  try {
    return lower(
      stringifyEntityRef(
        parseEntityRef(value.trim(), { defaultKind, defaultNamespace }),
      ),
    );
  } catch {
    return undefined;
  }
}

export function entityDecisionData(entity: Entity): EntityDecisionData {
  const entityRef = lower(stringifyEntityRef(entity));
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const system =
    lower(entity.kind) === 'system'
      ? entityRef
      : fullRef(entity.spec?.system, 'system', namespace);
  return {
    entityRef,
    system,
    owner: fullRef(entity.spec?.owner, 'group', namespace),
  };
}
