import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import { onlyKeys } from './checkParams';
import { quoted } from './dataHandling';

export const TIERS = ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'];

export const tierCheck: CatalogCheck<void> = {
  id: 'tier',
  title: 'Every service declares its tier',
  description: `The component's ${
    ANNOTATIONS.tier
  } annotation is one of ${TIERS.join(', ')}.`,
  readParams: params => onlyKeys(params, []),
  evaluate(component): Verdict {
    const tier = component.annotations[ANNOTATIONS.tier]?.trim();
    if (!tier) {
      return {
        result: 'fail',
        summary: `Has no ${ANNOTATIONS.tier} annotation.`,
      };
    }
    if (!TIERS.includes(tier)) {
      return {
        result: 'fail',
        summary: `Declares tier ${quoted(
          tier,
        )}, which is not one of ${TIERS.join(', ')}.`,
        details: { tier },
      };
    }
    return {
      result: 'pass',
      summary: `Declares tier ${tier}.`,
      details: { tier },
    };
  },
};
