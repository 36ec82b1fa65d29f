import type { LedgeredObservation } from '@localplus/plugin-compliance-common';
import { compareText } from '../compareText';
import type {
  OscalComponent,
  OscalInventoryItem,
  OscalResult,
} from './oscalDocument';
import { localProp, nistProp, someOf, stableUuid } from './oscalValues';

/** What concludes the findings from the observations: named as in the result's description. */
const ASSESSMENT_PLATFORM = 'LOCAL-PLUS compliance backend';

export function assessmentPlatformUuid(): string {
  return stableUuid('assessment-platform', ASSESSMENT_PLATFORM);
}

export function collectorUuid(collector: string): string {
  return stableUuid('collector', collector);
}

export function subjectUuid(subject: string): string {
  return stableUuid('subject', subject);
}

/**
 * The subjects observed as inventory items, and the collectors as the
 * tools (components of the assessment assets) of the platform that
 * evaluates the controls. OSCAL reads an origin actor of type `tool` as a
 * component of the assessment assets; `local-definitions.components` are
 * parts of the system assessed, which collectors are not.
 */
export function oscalLocalDefinitions(
  observations: LedgeredObservation[],
): NonNullable<OscalResult['local-definitions']> {
  const collectors = [
    ...new Set(observations.map(item => item.collector)),
  ].sort(compareText);
  const entityBySubject = new Map<string, string | undefined>();
  for (const observation of observations) {
    if (!entityBySubject.get(observation.subject)) {
      entityBySubject.set(observation.subject, observation.entityRef);
    }
  }
  const subjects = [...entityBySubject.keys()].sort(compareText);
  return {
    'inventory-items': someOf(
      subjects.map(
        (subject): OscalInventoryItem => ({
          uuid: subjectUuid(subject),
          description: subject,
          props: someOf([
            // The subject is the organisation's own identifier of the asset.
            nistProp('asset-id', subject),
            localProp('entity-ref', entityBySubject.get(subject)),
          ]),
        }),
      ),
    ),
    'assessment-assets': {
      components: someOf(
        collectors.map(
          (collector): OscalComponent => ({
            uuid: collectorUuid(collector),
            type: 'software',
            title: `${collector} evidence collector`,
            description: `Collects the evidence of the ${collector}.* checks.`,
            status: { state: 'operational' },
          }),
        ),
      ),
      'assessment-platforms': [
        {
          uuid: assessmentPlatformUuid(),
          title: ASSESSMENT_PLATFORM,
          'uses-components': someOf(
            collectors.map(collector => ({
              'component-uuid': collectorUuid(collector),
            })),
          ),
        },
      ],
    },
  };
}
