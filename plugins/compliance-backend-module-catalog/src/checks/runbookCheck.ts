import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import { onlyKeys, optionalTextList } from './checkParams';
import { TIERS } from './tierCheck';

const RUNBOOK_TITLE = /^\s*runbook/i;
const TIER_PATTERN = new RegExp(`^(${TIERS.join('|')})$`);

export const runbookCheck: CatalogCheck<{ tiers?: string[] }> = {
  id: 'runbook',
  title: 'Every service links its runbook',
  description: `The component has a link whose title starts with "Runbook" (any case) or a ${ANNOTATIONS.runbook} annotation. Parameter tiers limits the check to those tiers (default: every component; a component without a valid tier is always checked).`,
  readParams(params) {
    onlyKeys(params, ['tiers']);
    return {
      tiers: optionalTextList(
        params,
        'tiers',
        TIER_PATTERN,
        `tiers (${TIERS.join(', ')})`,
      ),
    };
  },
  evaluate(component, { tiers }): Verdict {
    const tier = component.annotations[ANNOTATIONS.tier]?.trim();
    if (tiers && tier && TIERS.includes(tier) && !tiers.includes(tier)) {
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
