import type { ControlEvaluation } from '@localplus/plugin-compliance-common';
import type { ComplianceExportInput } from '../types';
import { compareText } from '../compareText';
import { collapseObservations } from './collapseObservations';
import { frameworkUuid, oscalFrameworkResource } from './oscalBackMatter';
import type { OscalAssessmentResults, OscalProperty } from './oscalDocument';
import { oscalFinding } from './oscalFindings';
import {
  assessmentPlatformUuid,
  collectorUuid,
  oscalLocalDefinitions,
  subjectUuid,
} from './oscalLocalDefinitions';
import { observationUuid, oscalObservation } from './oscalObservations';
import { oscalMetadataParties } from './oscalParties';
import { exemptionRiskUuid, oscalRisk } from './oscalRisks';
import {
  localProp,
  OSCAL_VERSION,
  oscalControlId,
  oscalDateTime,
  oscalObjectiveId,
  oscalString,
  someOf,
  stableUuid,
} from './oscalValues';

export interface OscalExportOptions {
  /**
   * The `import-ap` link, which OSCAL requires. The controls are code, not
   * an OSCAL assessment plan, so it defaults to the archive's
   * `controls.csv`, which lists them with their requirements and evidence.
   */
  assessmentPlanHref?: string;
}

/**
 * The period as an OSCAL 1.0.6 assessment-results document: one result for
 * the period, the controls reviewed, an observation per streak of identical
 * observations (with their ledger records as evidence), exemptions as
 * risks and a finding per control. Nothing in it depends on when it is
 * built: uuids are derived from the content and `last-modified` is the end
 * of the period.
 *
 * @throws Error naming the field at fault when a date cannot be written in OSCAL.
 */
export function buildOscalAssessmentResults(
  input: ComplianceExportInput,
  options: OscalExportOptions = {},
): OscalAssessmentResults {
  const start = oscalDateTime(input.period.from, 'period.from');
  const end = oscalDateTime(input.period.to, 'period.to');
  if (Date.parse(end) <= Date.parse(start)) {
    throw new Error(`period.to (${end}) must be after period.from (${start})`);
  }

  const runIds = [...input.runs]
    .sort(
      (a, b) =>
        compareText(a.startedAt, b.startedAt) || compareText(a.id, b.id),
    )
    .map(run => run.id);
  const streaks = collapseObservations(input.observations, runIds);
  const observations = streaks.map(streak =>
    oscalObservation(streak, { subjectUuid, collectorUuid }),
  );
  const observationsByCheck = groupBy(
    streaks.map(streak => ({
      check: streak.first.check,
      subject: streak.first.subject,
      uuid: observationUuid(streak),
    })),
    item => item.check,
  );
  const observationsOf = (checks: string[], subject?: string) =>
    unique(
      checks.flatMap(check =>
        (observationsByCheck.get(check) ?? [])
          .filter(item => subject === undefined || item.subject === subject)
          .map(item => item.uuid),
      ),
    );

  const exemptions = [...input.exemptions].sort((a, b) =>
    compareText(a.id, b.id),
  );
  const exemptionsByControl = groupBy(
    exemptions,
    exemption => exemption.controlId,
  );
  const latestByControl = latestEvaluations(input.evaluations, runIds);
  const frameworks = [...input.frameworks].sort((a, b) =>
    compareText(a.id, b.id),
  );
  const frameworkIds = new Set(frameworks.map(framework => framework.id));
  const controls = [...input.controls].sort((a, b) => compareText(a.id, b.id));
  const checksOf = new Map(
    controls.map(control => [
      control.id,
      control.evidence.map(item => item.check),
    ]),
  );

  const findings = controls.map(control =>
    oscalFinding(control, {
      coverage: input.coverage[control.id],
      latest: latestByControl.get(control.id) ?? [],
      observationUuids: observationsOf(checksOf.get(control.id)!),
      riskUuids: (exemptionsByControl.get(control.id) ?? []).map(
        exemptionRiskUuid,
      ),
      frameworkResourceUuid: id =>
        frameworkIds.has(id) ? frameworkUuid(id) : undefined,
      assessmentPlatformUuid: assessmentPlatformUuid(),
    }),
  );
  const risks = exemptions.map(exemption =>
    oscalRisk(
      exemption,
      end,
      observationsOf(
        checksOf.get(exemption.controlId) ?? [],
        exemption.subject,
      ),
    ),
  );

  const records = input.ledger.records;
  const lastRecord = records[records.length - 1];
  const anchor = input.ledger.anchor;
  return {
    'assessment-results': {
      uuid: stableUuid('assessment-results', input.system.title, start, end),
      metadata: {
        title: `${input.system.title}: compliance assessment results from ${start} to ${end}`,
        'last-modified': end,
        version: oscalString(input.system.version) ?? 'unversioned',
        'oscal-version': OSCAL_VERSION,
        ...oscalMetadataParties(controls, exemptions),
      },
      'import-ap': {
        href: options.assessmentPlanHref ?? 'controls.csv',
        remarks:
          'The controls are defined as code (YAML documents of kind Control), not as an ' +
          'OSCAL assessment plan; controls.csv in this archive lists each control with ' +
          'the framework requirements it serves and the evidence checks it cites.',
      },
      results: [
        {
          uuid: stableUuid('result', start, end),
          title: `Continuous evidence from ${start} to ${end}`,
          description:
            `Controls evaluated by the LOCAL-PLUS compliance backend in ${input.runs.length} ` +
            `evaluation runs; ${input.observations.length} observations, each appended to the ` +
            `evidence ledger (a SHA-256 hash chain) whose records of the period are in ledger.jsonl.`,
          start,
          end,
          props: someOf<OscalProperty>([
            localProp('evaluation-runs', input.runs.length),
            localProp('observations-recorded', input.observations.length),
            localProp('ledger-anchor-sequence', anchor?.sequence),
            localProp('ledger-anchor-hash', anchor?.hash),
            localProp('ledger-first-sequence', records[0]?.sequence),
            localProp('ledger-last-sequence', lastRecord?.sequence),
            localProp('ledger-last-hash', lastRecord?.hash),
          ]),
          'local-definitions': oscalLocalDefinitions(input.observations),
          'reviewed-controls': {
            description:
              'Every control defined as code when the period was exported.',
            'control-selections': [
              {
                description: 'The controls of the compliance folder.',
                'include-controls': controls.map(control => ({
                  'control-id': oscalControlId(control.id),
                })),
              },
            ],
            'control-objective-selections': someOf([
              controls.length
                ? {
                    description:
                      'The objective of each control, which its finding targets: the control held for every subject.',
                    'include-objectives': controls.map(control => ({
                      'objective-id': oscalObjectiveId(control.id),
                    })),
                  }
                : undefined,
            ]),
          },
          observations: someOf(observations),
          risks: someOf(risks),
          findings: someOf(findings),
        },
      ],
      'back-matter': frameworks.length
        ? { resources: frameworks.map(oscalFrameworkResource) }
        : undefined,
    },
  };
}

/** Each control's evaluations in the latest run that evaluated it. */
function latestEvaluations(
  evaluations: ControlEvaluation[],
  runIds: string[],
): Map<string, ControlEvaluation[]> {
  const runIndex = new Map(runIds.map((id, index) => [id, index]));
  const latest = new Map<string, { run: number; items: ControlEvaluation[] }>();
  for (const evaluation of evaluations) {
    const run = runIndex.get(evaluation.runId) ?? -1;
    const current = latest.get(evaluation.controlId);
    if (!current || run > current.run) {
      latest.set(evaluation.controlId, { run, items: [evaluation] });
    } else if (run === current.run) {
      current.items.push(evaluation);
    }
  }
  return new Map([...latest].map(([id, entry]) => [id, entry.items]));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
