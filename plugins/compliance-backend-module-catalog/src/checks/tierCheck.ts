import { onlyKeys } from '@localplus/plugin-compliance-node';
import type { TierIds } from '@localplus/plugin-tiers-common';
import { componentTier, NO_TIER_MODEL } from './componentTier';
import { quoted } from './dataHandling';
import type { CatalogCheck, Verdict } from './types';

/**
 * `catalog.tier`: the component names one of the tier model's levels in the
 * model's annotation. Without a tier model there is nothing to declare, and
 * every component is an `error` rather than a pass or not-applicable that
 * would read as a satisfied control.
 */
export function createTierCheck(
  model: TierIds | undefined,
): CatalogCheck<void> {
  const title = 'Every service declares its tier';
  const readParams: CatalogCheck<void>['readParams'] = params =>
    onlyKeys(params, []);
  if (!model) {
    return {
      id: 'tier',
      title,
      description: `The component's tier annotation names one of the levels of the tier model (localplus.tiers). As ${NO_TIER_MODEL}, every component is reported as error.`,
      readParams,
      evaluate: (): Verdict => ({
        result: 'error',
        summary: `Its tier cannot be checked: ${NO_TIER_MODEL}.`,
      }),
    };
  }
  const levels = model.levels.join(', ');
  return {
    id: 'tier',
    title,
    description: `The component's ${model.annotation} annotation names one of the levels of the tier model (localplus.tiers): ${levels}.`,
    readParams,
    evaluate(component): Verdict {
      const { declared, tier } = componentTier(component, model);
      if (!declared) {
        return {
          result: 'fail',
          summary: `Has no ${model.annotation} annotation.`,
        };
      }
      if (!tier) {
        return {
          result: 'fail',
          summary: `Declares tier ${quoted(
            declared,
          )}, which is not one of ${levels}.`,
          details: { tier: declared.slice(0, 100) },
        };
      }
      return {
        result: 'pass',
        summary: `Declares tier ${tier}.`,
        details: { tier },
      };
    },
  };
}
