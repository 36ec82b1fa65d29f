import type { ComponentFacts } from '../catalog/componentFacts';
import type { TierIds } from '@localplus/plugin-tiers-common';

/** How the checks say that tiers cannot be judged. */
export const NO_TIER_MODEL = 'no tier model is configured (localplus.tiers)';

/**
 * What the component writes in the tier model's annotation (trimmed,
 * undefined when empty) and, when that is one of the model's level ids
 * (case included), its tier.
 */
export function componentTier(
  component: ComponentFacts,
  model: TierIds,
): { declared?: string; tier?: string } {
  const declared = component.annotations[model.annotation]?.trim() || undefined;
  return {
    declared,
    tier: declared && model.levels.includes(declared) ? declared : undefined,
  };
}
