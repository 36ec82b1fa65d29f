import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  compileTierScope,
  TierLevel,
  TierModel,
  TierScope,
} from '@localplus/plugin-tiers-common';

/** A tier level with its name pattern compiled and its owners normalised. */
export interface CompiledTierLevel {
  level: TierLevel;
  namePattern: RegExp;
  /** Lower-cased full refs, e.g. `group:default/platform-team`. */
  ownerRefs: Set<string>;
}

/**
 * The tier model in the form the rules check against: regular expressions
 * compiled once, not once per entity, and owners as comparable refs.
 */
export interface CompiledTierModel extends TierScope {
  annotation: string;
  levelIds: string[];
  levels: Map<string, CompiledTierLevel>;
}

/**
 * Normalises an owner ref for comparison. A plain name means a group; the
 * namespace defaults to the given one (`default` for the configured owners,
 * as in the ownership matrix: `platform-team`). Refs are case-insensitive.
 */
export function normaliseOwnerRef(
  owner: string,
  namespace = 'default',
): string {
  const ref = parseEntityRef(owner, {
    defaultKind: 'group',
    defaultNamespace: namespace,
  });
  return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
}

function compileOwners(level: TierLevel, index: number): Set<string> {
  return new Set(
    level.owners.map(owner => {
      try {
        return normaliseOwnerRef(owner);
      } catch (error) {
        throw new Error(
          `Invalid tier model at localplus.tiers.levels.${index}.owners: ${owner} is not an entity ref`,
        );
      }
    }),
  );
}

export function compileTierModel(model: TierModel): CompiledTierModel {
  return {
    annotation: model.annotation,
    ...compileTierScope(model),
    levelIds: model.levels.map(level => level.id),
    levels: new Map(
      model.levels.map((level, index) => [
        level.id,
        {
          level,
          namePattern: new RegExp(level.namePattern),
          ownerRefs: compileOwners(level, index),
        },
      ]),
    ),
  };
}
