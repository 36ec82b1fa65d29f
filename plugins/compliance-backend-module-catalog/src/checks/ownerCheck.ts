import { onlyKeys } from '@localplus/plugin-compliance-node';
import type { CatalogCheck, Verdict } from './types';
import { quoted } from './dataHandling';

export const ownerCheck: CatalogCheck<void> = {
  id: 'owner',
  title: 'Every service has an owning group',
  description:
    "The component's spec.owner names a Group entity that exists in the catalog (a person or an unknown group fails).",
  readParams: params => onlyKeys(params, []),
  evaluate(component, _params, { groups }): Verdict {
    const { owner, ownerRef } = component;
    if (!owner) {
      return {
        result: 'fail',
        summary: 'Has no spec.owner: no team answers for it.',
      };
    }
    if (!ownerRef) {
      return {
        result: 'fail',
        summary: `Its spec.owner ${quoted(owner)} is not an entity reference.`,
        details: { owner },
      };
    }
    if (!ownerRef.startsWith('group:')) {
      return {
        result: 'fail',
        summary: `Owned by ${ownerRef}, which is not a group: ownership must rest with a team.`,
        details: { owner: ownerRef },
      };
    }
    if (!groups.has(ownerRef)) {
      return {
        result: 'fail',
        summary: `Owned by ${ownerRef}, which is not in the catalog.`,
        details: { owner: ownerRef, ownerFound: false },
        alsoExamined: [ownerRef],
      };
    }
    return {
      result: 'pass',
      summary: `Owned by ${ownerRef}.`,
      details: { owner: ownerRef, ownerFound: true },
      alsoExamined: [ownerRef],
    };
  },
};
