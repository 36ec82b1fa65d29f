import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CheckParamsError,
  onlyKeys,
  optionalText,
} from '@localplus/plugin-compliance-node';
import { ANNOTATIONS } from '../catalog/componentFacts';
import type { CatalogCheck, Verdict } from './types';
import { handlesPersonalData, PERSONAL_DATA_TAG, quoted } from './dataHandling';

export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'legitimate-interests',
];

function readConsentApi(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const ref = parseEntityRef(value, { defaultKind: 'api' });
    if (ref.kind.toLowerCase() === 'api') {
      return stringifyEntityRef(ref).toLowerCase();
    }
  } catch {
    // Reported below.
  }
  throw new CheckParamsError(
    'consentApi must be the ref of an API entity, such as api:default/consent-api',
  );
}

export const lawfulBasisCheck: CatalogCheck<{ consentApi?: string }> = {
  id: 'lawful-basis',
  title: 'Services holding personal data declare a lawful basis',
  description: `Components classified personal (or tagged ${PERSONAL_DATA_TAG}) declare ${
    ANNOTATIONS.lawfulBasis
  }, one of ${LAWFUL_BASES.join(
    ', ',
  )} (GDPR Art. 6). With parameter consentApi, those relying on consent must consume or depend on that API. Not applicable to other components.`,
  readParams(params) {
    onlyKeys(params, ['consentApi']);
    return {
      consentApi: readConsentApi(
        optionalText(params, 'consentApi', /^\S+$/, 'an API entity ref'),
      ),
    };
  },
  evaluate(component, { consentApi }): Verdict {
    if (!handlesPersonalData(component)) {
      return {
        result: 'not-applicable',
        summary: 'Is not classified as handling personal data.',
      };
    }
    const basis = component.annotations[ANNOTATIONS.lawfulBasis]?.trim();
    if (!basis) {
      return {
        result: 'fail',
        summary: `Holds personal data but declares no ${ANNOTATIONS.lawfulBasis}.`,
      };
    }
    if (!LAWFUL_BASES.includes(basis)) {
      return {
        result: 'fail',
        summary: `Declares the lawful basis ${quoted(
          basis,
        )}, which is not one of ${LAWFUL_BASES.join(', ')}.`,
        details: { lawfulBasis: basis },
      };
    }
    if (basis === 'consent' && consentApi) {
      const uses = component.dependencies.includes(consentApi);
      return uses
        ? {
            result: 'pass',
            summary: `Processes personal data on consent, recorded through ${consentApi}.`,
            details: { lawfulBasis: basis, consentApi },
          }
        : {
            result: 'fail',
            summary: `Processes personal data on consent but neither consumes nor depends on ${consentApi}, where consent is recorded.`,
            details: { lawfulBasis: basis, consentApi },
          };
    }
    return {
      result: 'pass',
      summary: `Processes personal data on the lawful basis ${basis}.`,
      details: { lawfulBasis: basis },
    };
  },
};
