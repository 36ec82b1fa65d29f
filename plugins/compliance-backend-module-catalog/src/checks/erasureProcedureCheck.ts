import { onlyKeys } from '@localplus/plugin-compliance-node';
import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import { handlesPersonalData, PERSONAL_DATA_TAG, quoted } from './dataHandling';

/** `docs/erasure.md`, `./runbooks/gdpr.md#erasure`: relative, no `..`, no scheme. */
const DOCUMENT_PATH =
  /^(?!\/)(?![a-z][a-z0-9+.-]*:)(?!.*(^|\/)\.\.(\/|$))[\w./-]+(#[\w-]+)?$/i;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const erasureProcedureCheck: CatalogCheck<void> = {
  id: 'erasure-procedure',
  title: 'Services holding personal data name their erasure procedure',
  description: `Components classified personal (or tagged ${PERSONAL_DATA_TAG}) have a ${ANNOTATIONS.erasureProcedure} annotation: an http(s) URL or a document path relative to the entity's file, saying how a person's data is erased (GDPR Art. 17). Not applicable to other components.`,
  readParams: params => onlyKeys(params, []),
  evaluate(component): Verdict {
    if (!handlesPersonalData(component)) {
      return {
        result: 'not-applicable',
        summary: 'Is not classified as handling personal data.',
      };
    }
    const procedure =
      component.annotations[ANNOTATIONS.erasureProcedure]?.trim();
    if (!procedure) {
      return {
        result: 'fail',
        summary: `Holds personal data but has no ${ANNOTATIONS.erasureProcedure} annotation naming how it is erased.`,
      };
    }
    if (
      procedure.length > 1000 ||
      !(isHttpUrl(procedure) || DOCUMENT_PATH.test(procedure))
    ) {
      return {
        result: 'fail',
        summary: `Its ${ANNOTATIONS.erasureProcedure} ${quoted(
          procedure,
        )} is neither an http(s) URL nor a relative document path.`,
      };
    }
    return {
      result: 'pass',
      summary: `Names its erasure procedure: ${procedure}.`,
      details: { erasureProcedure: procedure },
    };
  },
};
