import { onlyKeys } from '@localplus/plugin-compliance-node';
import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import {
  CARD_DATA_TAG,
  classificationOf,
  DATA_CLASSES,
  ownedTables,
  PERSONAL_DATA_TAG,
  quoted,
} from './dataHandling';

/** The classes a tag allows: a component tagged card-data must say `card`. */
const REQUIRED_BY_TAG: Array<[string, string[]]> = [
  [PERSONAL_DATA_TAG, ['personal', 'card']],
  [CARD_DATA_TAG, ['card']],
];

export const dataClassificationCheck: CatalogCheck<void> = {
  id: 'data-classification',
  title: 'Services that hold data classify it',
  description: `The component's ${
    ANNOTATIONS.dataClassification
  } annotation is one of ${DATA_CLASSES.join(
    ', ',
  )}; required when it owns tables (${
    ANNOTATIONS.ownedTables
  }) or is tagged ${PERSONAL_DATA_TAG} or ${CARD_DATA_TAG}, and it must agree with those tags. Not applicable to other components unless they declare one.`,
  readParams: params => onlyKeys(params, []),
  evaluate(component): Verdict {
    const { written, valid } = classificationOf(component);
    const tables = ownedTables(component);
    const tags = REQUIRED_BY_TAG.map(([tag]) => tag).filter(tag =>
      component.tags.includes(tag),
    );
    const details = {
      ...(written && { classification: written }),
      ...(tables.length > 0 && { ownedTables: tables.slice(0, 50) }),
      ...(tags.length > 0 && { tags }),
    };
    const why = [
      tables.length > 0 &&
        `owns ${tables.length} table${tables.length > 1 ? 's' : ''}`,
      ...tags.map(tag => `is tagged ${tag}`),
    ].filter(Boolean);
    if (!written) {
      return why.length === 0
        ? {
            result: 'not-applicable',
            summary:
              'Owns no tables and is not tagged as handling personal or card data.',
          }
        : {
            result: 'fail',
            summary: `Has no ${
              ANNOTATIONS.dataClassification
            } annotation although it ${why.join(' and ')}.`,
            details,
          };
    }
    if (!valid) {
      return {
        result: 'fail',
        summary: `Classifies its data as ${quoted(
          written,
        )}, which is not one of ${DATA_CLASSES.join(', ')}.`,
        details,
      };
    }
    for (const [tag, allowed] of REQUIRED_BY_TAG) {
      if (component.tags.includes(tag) && !allowed.includes(valid)) {
        return {
          result: 'fail',
          summary: `Is tagged ${tag} but classifies its data as ${valid}; expected ${allowed.join(
            ' or ',
          )}.`,
          details,
        };
      }
    }
    return {
      result: 'pass',
      summary: `Classifies its data as ${valid}.`,
      details,
    };
  },
};
