import type { LedgeredObservation } from '@localplus/plugin-compliance-common';
import { LEDGER_FILE } from '../exportLayout';
import type { ObservationStreak } from './collapseObservations';
import type {
  OscalObservation,
  OscalProperty,
  OscalRelevantEvidence,
} from './oscalDocument';
import {
  localProp,
  oscalDateTime,
  oscalString,
  someOf,
  stableUuid,
} from './oscalValues';

/**
 * Where an observation's subject and collector are defined in the result:
 * the subject among the inventory items, the collector among the tools of
 * the assessment assets (an origin actor of type `tool` points there).
 */
export interface ObservationReferences {
  subjectUuid(subject: string): string;
  collectorUuid(collector: string): string;
}

/** The uuid of the OSCAL observation that stands for a streak. */
export function observationUuid(streak: ObservationStreak): string {
  return stableUuid('observation', streak.first.hash);
}

/**
 * One OSCAL observation for a streak of identical observations: what the
 * first said, when it was first and last seen, and the ledger records of
 * the first and the last as its evidence.
 */
export function oscalObservation(
  streak: ObservationStreak,
  references: ObservationReferences,
): OscalObservation {
  const { first, last, count } = streak;
  const firstObserved = oscalDateTime(
    first.observedAt,
    `observation ${first.sequence} observedAt`,
  );
  const lastObserved = oscalDateTime(
    last.observedAt,
    `observation ${last.sequence} observedAt`,
  );
  return {
    uuid: observationUuid(streak),
    title: `${first.check} on ${first.subject}`,
    description: first.summary,
    props: someOf<OscalProperty>([
      localProp('check', first.check),
      localProp('collector', first.collector),
      localProp('result', first.result),
      localProp('entity-ref', first.entityRef),
      localProp('first-observed', firstObserved),
      localProp('last-observed', lastObserved),
      localProp('observation-count', count),
      ...first.examined.map(item =>
        localProp(
          'examined',
          item.href ? `${item.ref} (${item.href})` : item.ref,
          item.type,
        ),
      ),
    ]),
    methods: [methodOf(first)],
    // NIST's word for an observation made by a tool, passing or not.
    types: ['finding'],
    origins: [
      {
        actors: [
          {
            type: 'tool',
            'actor-uuid': references.collectorUuid(first.collector),
          },
        ],
      },
    ],
    subjects: [
      {
        'subject-uuid': references.subjectUuid(first.subject),
        type: 'inventory-item',
        title: first.subject,
      },
    ],
    'relevant-evidence': (count > 1 ? [first, last] : [first]).map(
      (observation, index) => ledgerEvidence(observation, index, count),
    ),
    collected: lastObserved,
    remarks: first.details
      ? `Details of the observation: ${JSON.stringify(first.details)}`
      : undefined,
  };
}

function methodOf(
  observation: LedgeredObservation,
): 'EXAMINE' | 'INTERVIEW' | 'TEST' {
  switch (observation.method) {
    case 'test':
      return 'TEST';
    case 'interview':
      return 'INTERVIEW';
    default:
      return 'EXAMINE';
  }
}

function ledgerEvidence(
  observation: LedgeredObservation,
  index: number,
  count: number,
): OscalRelevantEvidence {
  let which = 'The';
  if (count > 1)
    which = index === 0 ? `The first of ${count}` : `The last of ${count}`;
  return {
    href: `${LEDGER_FILE}#sequence=${observation.sequence}`,
    description:
      `${which} observations, ledger record ${observation.sequence} ` +
      `(SHA-256 ${observation.hash}), run ${
        oscalString(observation.runId) ?? 'unknown'
      }.`,
    props: [
      localProp('ledger-sequence', observation.sequence)!,
      localProp('ledger-hash', observation.hash)!,
      ...(localProp('run-id', observation.runId)
        ? [localProp('run-id', observation.runId)!]
        : []),
    ],
  };
}
