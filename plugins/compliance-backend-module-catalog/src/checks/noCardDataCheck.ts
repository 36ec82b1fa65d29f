import { onlyKeys } from '@localplus/plugin-compliance-node';
import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import { CARD_DATA_TAG, classificationOf, ownedTables } from './dataHandling';

export const noCardDataCheck: CatalogCheck<void> = {
  id: 'no-card-data',
  title: 'No service stores card numbers',
  description: `Fails for a component classified card (${ANNOTATIONS.dataClassification}: card) or tagged ${CARD_DATA_TAG}: the platform stores no PAN, card numbers stay with the payment provider. Passes for other components that own tables; not applicable to components without tables.`,
  readParams: params => onlyKeys(params, []),
  evaluate(component): Verdict {
    const { valid } = classificationOf(component);
    const tables = ownedTables(component);
    const tagged = component.tags.includes(CARD_DATA_TAG);
    if (valid === 'card' || tagged) {
      return {
        result: 'fail',
        summary: `${
          valid === 'card' ? 'Is classified card' : `Is tagged ${CARD_DATA_TAG}`
        }: it declares that it stores card data, which must stay with the payment provider.`,
        details: {
          ...(valid && { classification: valid }),
          ...(tables.length > 0 && { ownedTables: tables.slice(0, 50) }),
        },
      };
    }
    if (tables.length === 0) {
      return {
        result: 'not-applicable',
        summary: 'Owns no tables, so it stores no card data.',
      };
    }
    return {
      result: 'pass',
      summary: `Owns ${tables.length} table${
        tables.length > 1 ? 's' : ''
      } and declares no card data (${
        valid ? `classified ${valid}` : 'unclassified'
      }).`,
      details: {
        ownedTables: tables.slice(0, 50),
        ...(valid && { classification: valid }),
      },
    };
  },
};
