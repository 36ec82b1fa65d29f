import type {
  ComplianceControl,
  ComplianceExemption,
  ControlCoverage,
  ControlEvaluation,
  ControlStatus,
  EvaluationRun,
  JsonValue,
  LedgeredObservation,
  LedgerRecord,
  Observation,
  ObservationResult,
} from '@localplus/plugin-compliance-common';
import type { ComplianceExportInput } from '../export/types';
import { chainLedgerRecord } from '../ledger/hashLedgerRecord';
import { ControlTemplate, FRAMEWORKS, TEMPLATES } from './exportControls';
import { seededRandom } from './seededRandom';

export interface ExportInputOptions {
  /** Components observed by every check (default 4). */
  subjects?: number;
  /** Evaluation runs in the period, one a week from its start (default 3). */
  runs?: number;
  /** Controls (default 6, the seeds' controls; more repeat them with their own checks). */
  controls?: number;
  /** Start of a 13-week period (default 2025-01-06T00:00:00.000Z). */
  from?: string;
  /** Whether the ledger holds records before the period, so the export has an anchor (default true). */
  anchored?: boolean;
  /** Drawn results; the same seed gives the same input (default 1). */
  seed?: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * A realistic export of one 13-week period: the seeds' frameworks and
 * controls, weekly runs observing every component, results that mostly
 * hold from run to run, evaluations, exemptions in each state, coverage
 * and the ledger records behind every observation, chained from an
 * anchor. Summaries include text a spreadsheet would run as a formula.
 */
export function buildExportInput(
  options: ExportInputOptions = {},
): ComplianceExportInput {
  const subjectCount = options.subjects ?? 4;
  const runCount = options.runs ?? 3;
  const controlCount = options.controls ?? TEMPLATES.length;
  const random = seededRandom(options.seed ?? 1);
  const periodStart = Date.parse(options.from ?? '2025-01-06T00:00:00.000Z');
  const period = {
    from: new Date(periodStart).toISOString(),
    to: new Date(periodStart + 13 * WEEK_MS).toISOString(),
  };

  const controls = Array.from({ length: controlCount }, (_, index) =>
    controlFrom(
      TEMPLATES[index % TEMPLATES.length],
      Math.floor(index / TEMPLATES.length),
    ),
  );
  const subjects = Array.from(
    { length: subjectCount },
    (_, index) => `component:default/svc-${String(index + 1).padStart(4, '0')}`,
  );
  // Each control and subject starts passing or failing and may flip once.
  const plans = controls.map(() =>
    subjects.map(() => ({
      initial: (random() < 0.85 ? 'pass' : 'fail') as ObservationResult,
      flipAt: random() < 0.2 ? Math.floor(random() * runCount) : -1,
    })),
  );

  const records: LedgerRecord[] = [];
  let previous: { sequence: number; hash: string } | null = null;
  const append = (
    record: Omit<LedgerRecord, 'sequence' | 'previousHash' | 'hash'>,
  ) => {
    const chained = chainLedgerRecord(previous, record);
    previous = chained;
    return chained;
  };
  const anchored = options.anchored ?? true;
  if (anchored) {
    for (let index = 0; index < 2; index++) {
      append({
        recordedAt: new Date(
          periodStart - (2 - index) * 3600_000,
        ).toISOString(),
        kind: 'run',
        payload: { runId: `before-${index}`, status: 'succeeded' },
      });
    }
  }
  const anchor: { sequence: number; hash: string } | null = previous;

  const runs: EvaluationRun[] = [];
  const observations: LedgeredObservation[] = [];
  const evaluations: ControlEvaluation[] = [];
  for (let run = 0; run < runCount; run++) {
    const runId = `run-${String(run + 1).padStart(3, '0')}`;
    const startedAt = new Date(
      periodStart + run * WEEK_MS + 3600_000,
    ).toISOString();
    const finishedAt = new Date(Date.parse(startedAt) + 60_000).toISOString();
    let count = 0;
    controls.forEach((control, controlIndex) => {
      const template = TEMPLATES[controlIndex % TEMPLATES.length];
      subjects.forEach((subject, subjectIndex) => {
        const plan = plans[controlIndex][subjectIndex];
        const flipped = plan.flipAt >= 0 && run >= plan.flipAt;
        const result: ObservationResult =
          flipped === (plan.initial === 'pass') ? 'fail' : 'pass';
        const observation: Observation = {
          check: control.evidence[0].check,
          collector: template.collector,
          subject,
          entityRef: subject,
          result,
          summary: result === 'pass' ? template.pass : template.fail,
          method: template.method,
          examined: [
            {
              type: 'catalog-entity',
              ref: subject,
              href: `/api/catalog/entities/by-name/${subject.replace(
                ':',
                '/',
              )}`,
            },
          ],
          observedAt: new Date(Date.parse(startedAt) + 1000).toISOString(),
          details: {
            tier: subjectIndex % 3 === 0 ? 'T0' : 'T2',
            checkedRules: 5,
          },
        };
        const record = append({
          recordedAt: observation.observedAt,
          kind: 'observation',
          payload: { runId, ...observation } as unknown as JsonValue,
        });
        records.push(record);
        observations.push({
          ...observation,
          runId,
          sequence: record.sequence,
          hash: record.hash,
        });
        evaluations.push({
          runId,
          controlId: control.id,
          subject,
          entityRef: subject,
          status: result === 'pass' ? 'satisfied' : 'not-satisfied',
          reason: observation.summary,
          observations: [record.sequence],
          evaluatedAt: finishedAt,
        });
        count += 1;
      });
    });
    const runRecord: EvaluationRun = {
      id: runId,
      trigger: run === 1 ? 'on-demand' : 'schedule',
      ...(run === 1 ? { requestedBy: 'user:default/auditor' } : {}),
      startedAt,
      finishedAt,
      status: 'succeeded',
      observationCount: count,
      collectorErrors: [],
    };
    runs.push(runRecord);
    records.push(
      append({
        recordedAt: finishedAt,
        kind: 'run',
        payload: { ...runRecord } as LedgerRecord['payload'],
      }),
    );
  }

  return {
    period,
    system: { title: 'LOCAL-PLUS platform', version: '2025.1' },
    frameworks: FRAMEWORKS,
    controls,
    runs,
    evaluations,
    observations,
    exemptions: exemptionsFor(controls, subjects, periodStart),
    coverage: coverageOf(controls, evaluations, runs, period),
    ledger: { anchor, records },
  };
}

function controlFrom(
  template: ControlTemplate,
  copy: number,
): ComplianceControl {
  const suffix = copy === 0 ? '' : `-${copy + 1}`;
  return {
    id: `${template.id}${suffix}`,
    title: `${template.title}${copy === 0 ? '' : ` (${copy + 1})`}`,
    description: `${template.title}, shown by the ${template.collector}.${template.check} check.`,
    owner: 'group:default/team-security',
    frequency: 'weekly',
    requirements: template.requirements,
    evidence: [{ check: `${template.collector}.${template.check}${suffix}` }],
    documentation: `https://portal.localplus.example/docs/default/component/compliance/controls/${template.id}`,
  };
}

function exemptionsFor(
  controls: ComplianceControl[],
  subjects: string[],
  periodStart: number,
): ComplianceExemption[] {
  const at = (days: number) =>
    new Date(periodStart + days * 24 * 3600_000).toISOString();
  const base = {
    controlId: controls[0].id,
    subject: subjects[0],
    entityRef: subjects[0],
  };
  return [
    {
      ...base,
      id: 'ex-approved',
      justification:
        'The owning team is being re-formed; ownership moves in February.',
      requestedBy: 'user:default/alice',
      requestedAt: at(2),
      status: 'approved',
      decidedBy: 'user:default/sam-security',
      decidedAt: at(3),
      decisionComment: 'Approved until the re-organisation lands.',
      expiresAt: at(120),
    },
    {
      ...base,
      id: 'ex-requested',
      controlId: controls[controls.length - 1].id,
      justification: '=1+1 looks like a formula but is a justification.',
      requestedBy: 'user:default/bob',
      requestedAt: at(20),
      status: 'requested',
      expiresAt: at(60),
    },
    {
      ...base,
      id: 'ex-rejected',
      justification: 'We would rather not.',
      requestedBy: 'user:default/carol',
      requestedAt: at(10),
      status: 'rejected',
      decidedBy: 'user:default/sam-security',
      decidedAt: at(11),
      decisionComment: 'No reason given.',
      expiresAt: at(40),
    },
  ];
}

/** Coverage as the backend defines it: a run's worst status holds until the next run. */
function coverageOf(
  controls: ComplianceControl[],
  evaluations: ControlEvaluation[],
  runs: EvaluationRun[],
  period: { from: string; to: string },
): Record<string, ControlCoverage> {
  const end = Date.parse(period.to);
  const coverage: Record<string, ControlCoverage> = {};
  for (const control of controls) {
    const result: ControlCoverage = {
      satisfiedRatio: null,
      satisfiedMs: 0,
      notSatisfiedMs: 0,
      errorMs: 0,
      unevaluatedMs: runs.length
        ? Date.parse(runs[0].startedAt) - Date.parse(period.from)
        : end - Date.parse(period.from),
      runs: runs.length,
    };
    runs.forEach((run, index) => {
      const until =
        index + 1 < runs.length ? Date.parse(runs[index + 1].startedAt) : end;
      const span = until - Date.parse(run.startedAt);
      const statuses = evaluations
        .filter(item => item.runId === run.id && item.controlId === control.id)
        .map(item => item.status);
      const worst = (['error', 'not-satisfied'] as ControlStatus[]).find(
        status => statuses.includes(status),
      );
      if (!worst) result.satisfiedMs += span;
      else if (worst === 'error') result.errorMs += span;
      else result.notSatisfiedMs += span;
    });
    const evaluated =
      result.satisfiedMs + result.notSatisfiedMs + result.errorMs;
    result.satisfiedRatio = evaluated ? result.satisfiedMs / evaluated : null;
    coverage[control.id] = result;
  }
  return coverage;
}
