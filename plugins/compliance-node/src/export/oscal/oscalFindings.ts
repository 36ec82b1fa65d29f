import type {
  ComplianceControl,
  ControlCoverage,
  ControlEvaluation,
  ControlStatus,
} from '@localplus/plugin-compliance-common';
import type { OscalFinding, OscalLink, OscalProperty } from './oscalDocument';
import {
  isAbsoluteUri,
  isUriReference,
  localProp,
  oscalObjectiveId,
  someOf,
  stableUuid,
} from './oscalValues';

/** What a finding about one control rests on. */
export interface FindingEvidence {
  coverage?: ControlCoverage;
  /** The control's evaluations in the latest run of the period that evaluated it. */
  latest: ControlEvaluation[];
  observationUuids: string[];
  riskUuids: string[];
  /** The back-matter resource of a framework, when the export holds the framework. */
  frameworkResourceUuid(frameworkId: string): string | undefined;
  /** The assessment platform that concluded the finding from the observations. */
  assessmentPlatformUuid: string;
}

const STATUSES: ControlStatus[] = [
  'satisfied',
  'not-satisfied',
  'not-applicable',
  'error',
];

/**
 * The finding about one control over the period. The objective is
 * satisfied only when the control was satisfied (or not applicable) for
 * every subject during all the evaluated time of the period: one failing
 * run is an exception an auditor must see. The coverage ratio says how
 * much of the time it held.
 */
export function oscalFinding(
  control: ComplianceControl,
  evidence: FindingEvidence,
): OscalFinding {
  const ratio = evidence.coverage?.satisfiedRatio ?? null;
  const state = ratio === 1 ? 'satisfied' : 'not-satisfied';
  const reason = reasonOf(ratio);
  const counts = countStatuses(evidence.latest);
  return {
    uuid: stableUuid('finding', control.id),
    title: control.title,
    description: control.description,
    props: someOf<OscalProperty>([
      localProp('control-owner', control.owner),
      localProp('control-frequency', control.frequency),
      localProp('control-documentation', control.documentation),
      ...control.requirements.map(reference =>
        localProp('requirement', reference, reference.split(':')[0]),
      ),
      ...control.evidence.map(item => localProp('evidence-check', item.check)),
    ]),
    links: someOf<OscalLink>([
      ...control.requirements.map(reference =>
        requirementLink(reference, evidence),
      ),
      documentationLink(control.documentation),
    ]),
    origins: [
      {
        actors: [
          {
            type: 'assessment-platform',
            'actor-uuid': evidence.assessmentPlatformUuid,
          },
        ],
      },
    ],
    target: {
      type: 'objective-id',
      'target-id': oscalObjectiveId(control.id),
      title: control.title,
      props: someOf<OscalProperty>([
        localProp(
          'coverage-ratio',
          ratio === null ? undefined : roundRatio(ratio),
        ),
        localProp('satisfied-ms', evidence.coverage?.satisfiedMs),
        localProp('not-satisfied-ms', evidence.coverage?.notSatisfiedMs),
        localProp('error-ms', evidence.coverage?.errorMs),
        localProp('unevaluated-ms', evidence.coverage?.unevaluatedMs),
        localProp('evaluation-runs', evidence.coverage?.runs ?? 0),
        ...STATUSES.map(status =>
          localProp(`subjects-${status}`, counts[status]),
        ),
      ]),
      status: { state, reason },
      remarks: describeCoverage(ratio, evidence),
    },
    'related-observations': someOf(
      evidence.observationUuids.map(uuid => ({ 'observation-uuid': uuid })),
    ),
    'related-risks': someOf(
      evidence.riskUuids.map(uuid => ({ 'risk-uuid': uuid })),
    ),
  };
}

/** `other` when nothing was evaluated: neither a pass nor a fail. */
function reasonOf(ratio: number | null): 'pass' | 'fail' | 'other' {
  if (ratio === null) return 'other';
  return ratio === 1 ? 'pass' : 'fail';
}

function requirementLink(
  reference: string,
  evidence: FindingEvidence,
): OscalLink | undefined {
  const [frameworkId, ...rest] = reference.split(':');
  const resource = evidence.frameworkResourceUuid(frameworkId);
  if (!resource) return undefined;
  return {
    href: `#${resource}`,
    rel: 'reference',
    text: `${frameworkId} ${rest.join(':')}`,
  };
}

/**
 * OSCAL reads `rel: reference` as a link to a back-matter resource (`#uuid`)
 * or to an absolute URI: a relative documentation path is linked without it.
 */
function documentationLink(href: string | undefined): OscalLink | undefined {
  if (!href || !isUriReference(href)) return undefined;
  return {
    href,
    ...(isAbsoluteUri(href) ? { rel: 'reference' } : {}),
    text: 'Control documentation',
  };
}

function countStatuses(
  evaluations: ControlEvaluation[],
): Record<ControlStatus, number> {
  const counts: Record<ControlStatus, number> = {
    satisfied: 0,
    'not-satisfied': 0,
    'not-applicable': 0,
    error: 0,
  };
  for (const evaluation of evaluations) counts[evaluation.status] += 1;
  return counts;
}

function describeCoverage(
  ratio: number | null,
  evidence: FindingEvidence,
): string {
  if (ratio === null) {
    return 'The control was not evaluated during the period.';
  }
  const runs = evidence.coverage?.runs ?? 0;
  const percent = (ratio * 100).toFixed(2);
  return (
    `Satisfied for every subject during ${percent}% of the evaluated time ` +
    `of the period (${runs} evaluation run${runs === 1 ? '' : 's'}).`
  );
}

/** Four decimals: enough for an auditor, stable across platforms. */
function roundRatio(ratio: number): string {
  return (Math.round(ratio * 10_000) / 10_000).toString();
}
