import {
  CheckParamsError,
  onlyKeys,
  optionalTextList,
} from '@localplus/plugin-compliance-node';
import { ANNOTATIONS } from '../catalog/componentFacts';
import type { TierIds } from '@localplus/plugin-tiers-common';
import { componentTier, NO_TIER_MODEL } from './componentTier';
import { quoted } from './dataHandling';
import type { CatalogCheck, Verdict } from './types';

const RUNBOOK_TITLE = /^\s*runbook/i;
/** A tier's shape; which tiers exist is the tier model's to say. */
const TIER_TEXT = /^.{1,100}$/;

/**
 * `catalog.runbook`, limited by `params.tiers` to components of those tiers
 * of the tier model. A component without one of the model's tiers is always
 * checked, and so is every component when there is no tier model: the
 * limit can only narrow the check where the tier is known.
 */
export function createRunbookCheck(
  model: TierIds | undefined,
): CatalogCheck<{ tiers?: string[] }> {
  const levels = model?.levels.join(', ');
  const scope = model
    ? `Parameter tiers limits the check to components of those levels of the tier model (${levels}), as ${model.annotation} declares them (default: every component; a component without one of the model's tiers is always checked).`
    : `Parameter tiers would limit the check to components of those tiers, but as ${NO_TIER_MODEL}, every component is checked.`;
  return {
    id: 'runbook',
    title: 'Every service links its runbook',
    description: `The component has a link whose title starts with "Runbook" (any case) or a ${ANNOTATIONS.runbook} annotation. ${scope}`,
    readParams(params) {
      onlyKeys(params, ['tiers']);
      const tiers = optionalTextList(
        params,
        'tiers',
        TIER_TEXT,
        model ? `tiers (${levels})` : 'tiers',
      );
      const unknown = model && tiers?.find(t => !model.levels.includes(t));
      if (unknown !== undefined) {
        throw new CheckParamsError(
          `tiers names ${quoted(
            unknown,
          )}, which is not a level of the tier model (${levels})`,
        );
      }
      return { tiers };
    },
    evaluate(component, { tiers }): Verdict {
      const tier = model && componentTier(component, model).tier;
      if (tiers && tier && !tiers.includes(tier)) {
        return {
          result: 'not-applicable',
          summary: `Tier ${tier} needs no runbook here; this control asks it of ${tiers.join(
            ', ',
          )}.`,
          details: { tier, tiers },
        };
      }
      const annotation = component.annotations[ANNOTATIONS.runbook]?.trim();
      const links = component.links.filter(link =>
        RUNBOOK_TITLE.test(link.title),
      );
      if (annotation) {
        return {
          result: 'pass',
          summary: `Names its runbook in ${ANNOTATIONS.runbook}.`,
          details: { runbook: annotation.slice(0, 500) },
        };
      }
      if (links.length > 0) {
        return {
          result: 'pass',
          summary: `Links ${links.length} runbook${
            links.length > 1 ? 's' : ''
          }, first "${links[0].title.trim()}".`,
          details: { runbooks: links.slice(0, 20).map(link => link.url) },
        };
      }
      return {
        result: 'fail',
        summary: `Has no runbook: no link titled "Runbook..." and no ${ANNOTATIONS.runbook} annotation.`,
        details: tier ? { tier } : {},
      };
    },
  };
}
