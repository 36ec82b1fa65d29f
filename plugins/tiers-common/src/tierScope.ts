import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { TierModel } from './tierModel';

/** The part of the tier model that says which entities it governs, ready to test. */
export interface TierScope {
  /** Lower-case kinds. */
  kinds: Set<string>;
  systemPattern?: RegExp;
}

export function compileTierScope(
  model: Pick<TierModel, 'appliesTo'>,
): TierScope {
  return {
    kinds: new Set(
      model.appliesTo.kinds.map(kind => kind.toLocaleLowerCase('en-US')),
    ),
    systemPattern:
      model.appliesTo.systemPattern !== undefined
        ? new RegExp(model.appliesTo.systemPattern)
        : undefined,
  };
}

/**
 * Whether the tier model governs this entity: its kind is listed and, when a
 * system pattern is configured, its spec.system names a matching system.
 */
export function isInTierScope(entity: Entity, scope: TierScope): boolean {
  if (!scope.kinds.has(entity.kind.toLocaleLowerCase('en-US'))) {
    return false;
  }
  if (!scope.systemPattern) {
    return true;
  }
  const system = entity.spec?.system;
  if (typeof system !== 'string' || system.length === 0) {
    return false;
  }
  try {
    const { name } = parseEntityRef(system, {
      defaultKind: 'system',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
    return scope.systemPattern.test(name);
  } catch {
    return false;
  }
}
