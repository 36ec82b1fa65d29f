import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  declaredTier,
  isInTierScope,
  TIER_ERROR_PREFIX,
} from '@localplus/plugin-tiers-common';
import {
  CompiledTierLevel,
  CompiledTierModel,
  normaliseOwnerRef,
} from './compileTierModel';

/** The rules of the tier model; one violation names the rule it breaks. */
export type TierRule =
  | 'unknown-tier'
  | 'missing-tier'
  | 'name-pattern'
  | 'owner'
  | 'required-annotations';

export interface TierViolation {
  rule: TierRule;
  /** Starts with TIER_ERROR_PREFIX, names the entity, the problem and the fix. */
  message: string;
}

function violation(rule: TierRule, entity: Entity, text: string) {
  return {
    rule,
    message: `${TIER_ERROR_PREFIX} ${stringifyEntityRef(entity)} ${text}`,
  };
}

function specString(entity: Entity, field: string): string | undefined {
  const value = entity.spec?.[field];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function checkKnownTier(
  entity: Entity,
  tier: string,
  model: CompiledTierModel,
): TierViolation[] {
  if (model.levels.has(tier)) {
    return [];
  }
  return [
    violation(
      'unknown-tier',
      entity,
      `declares tier ${tier}, which is not one of ${model.levelIds.join(
        ', ',
      )} — set ${model.annotation} to one of them`,
    ),
  ];
}

export function checkTierDeclared(
  entity: Entity,
  tier: string | undefined,
  model: CompiledTierModel,
): TierViolation[] {
  if (tier !== undefined && tier !== '') {
    return [];
  }
  return [
    violation(
      'missing-tier',
      entity,
      `declares no tier, but every ${entity.kind}${
        model.systemPattern
          ? ` of a system matching ${model.systemPattern.source}`
          : ''
      } must — set the ${
        model.annotation
      } annotation to one of ${model.levelIds.join(', ')}`,
    ),
  ];
}

function levelLabel({ level }: CompiledTierLevel): string {
  return `tier ${level.id} (${level.name})`;
}

export function checkNamePattern(
  entity: Entity,
  compiled: CompiledTierLevel,
): TierViolation[] {
  const name = entity.metadata.name;
  if (compiled.namePattern.test(name)) {
    return [];
  }
  return [
    violation(
      'name-pattern',
      entity,
      `is named ${name} but ${levelLabel(compiled)} requires names matching ${
        compiled.level.namePattern
      } — rename it or declare the right tier`,
    ),
  ];
}

export function checkOwner(
  entity: Entity,
  compiled: CompiledTierLevel,
): TierViolation[] {
  const owner = specString(entity, 'owner');
  const allowed = [...compiled.ownerRefs].join(', ');
  if (!owner) {
    return [
      violation(
        'owner',
        entity,
        `has no spec.owner but ${levelLabel(
          compiled,
        )} must be owned by one of ${allowed} — set spec.owner to one of them`,
      ),
    ];
  }
  let ownerRef: string | undefined;
  try {
    ownerRef = normaliseOwnerRef(owner, entity.metadata.namespace);
  } catch {
    ownerRef = undefined;
  }
  if (ownerRef && compiled.ownerRefs.has(ownerRef)) {
    return [];
  }
  return [
    violation(
      'owner',
      entity,
      `is owned by ${ownerRef ?? owner} but ${levelLabel(
        compiled,
      )} must be owned by one of ${allowed} — set spec.owner to one of them or declare the right tier`,
    ),
  ];
}

export function checkRequiredAnnotations(
  entity: Entity,
  compiled: CompiledTierLevel,
): TierViolation[] {
  const annotations = entity.metadata.annotations ?? {};
  const missing = compiled.level.requiredAnnotations.filter(
    key => typeof annotations[key] !== 'string' || !annotations[key].trim(),
  );
  if (missing.length === 0) {
    return [];
  }
  return [
    violation(
      'required-annotations',
      entity,
      `lacks ${
        missing.length === 1 ? 'an annotation' : 'annotations'
      } that ${levelLabel(compiled)} requires: ${missing.join(', ')} — add ${
        missing.length === 1 ? 'it' : 'them'
      } to metadata.annotations with a non-empty value`,
    ),
  ];
}

/**
 * Every violation of the tier model by one entity, in a stable order. An
 * entity that declares a tier must name a known one; an entity in scope must
 * also declare one and meet that tier's name, owner and annotation rules.
 */
export function checkTierRules(
  entity: Entity,
  model: CompiledTierModel,
): TierViolation[] {
  const tier = declaredTier(entity, model);
  const inScope = isInTierScope(entity, model);
  if (tier === undefined || tier === '') {
    return inScope ? checkTierDeclared(entity, tier, model) : [];
  }
  const compiled = model.levels.get(tier);
  if (!compiled) {
    return checkKnownTier(entity, tier, model);
  }
  if (!inScope) {
    return [];
  }
  return [
    ...checkNamePattern(entity, compiled),
    ...checkOwner(entity, compiled),
    ...checkRequiredAnnotations(entity, compiled),
  ];
}
