import type { ComplianceExportInput } from '../types';
import canonicalize from 'canonicalize';
import { compareText } from '../compareText';
import { utf8Text } from '../utf8Writer';
import { writeCsvBytes } from './writeCsv';

/**
 * The CSV files of an export as UTF-8 bytes, by file name. Rows are sorted
 * by stable keys, so the files do not depend on the order the store
 * returned them in.
 */
export function exportCsvBytes(
  input: ComplianceExportInput,
): Record<string, Uint8Array> {
  return {
    'controls.csv': controlsCsv(input),
    'evaluations.csv': evaluationsCsv(input),
    'observations.csv': observationsCsv(input),
    'exemptions.csv': exemptionsCsv(input),
  };
}

/** `exportCsvBytes` as text, by file name. */
export function exportCsvFiles(
  input: ComplianceExportInput,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(exportCsvBytes(input)).map(([name, bytes]) => [
      name,
      utf8Text(bytes),
    ]),
  );
}

/** Each control with its requirements (the crosswalk), evidence and coverage over the period. */
export function controlsCsv(input: ComplianceExportInput): Uint8Array {
  const controls = [...input.controls].sort((a, b) => compareText(a.id, b.id));
  return writeCsvBytes(
    [
      'control_id',
      'title',
      'owner',
      'frequency',
      'requirements',
      'evidence_checks',
      'satisfied_ratio',
      'satisfied_ms',
      'not_satisfied_ms',
      'error_ms',
      'unevaluated_ms',
      'runs',
      'description',
      'documentation',
    ],
    controls.map(control => {
      const coverage = input.coverage[control.id];
      return [
        control.id,
        control.title,
        control.owner,
        control.frequency,
        control.requirements.join(' '),
        control.evidence.map(item => item.check).join(' '),
        coverage?.satisfiedRatio,
        coverage?.satisfiedMs,
        coverage?.notSatisfiedMs,
        coverage?.errorMs,
        coverage?.unevaluatedMs,
        coverage?.runs,
        control.description,
        control.documentation,
      ];
    }),
  );
}

/** Every evaluation of a control for a subject in a run of the period. */
export function evaluationsCsv(input: ComplianceExportInput): Uint8Array {
  const evaluations = [...input.evaluations].sort(
    (a, b) =>
      compareText(a.evaluatedAt, b.evaluatedAt) ||
      compareText(a.runId, b.runId) ||
      compareText(a.controlId, b.controlId) ||
      compareText(a.subject, b.subject),
  );
  return writeCsvBytes(
    [
      'run_id',
      'evaluated_at',
      'control_id',
      'subject',
      'entity_ref',
      'status',
      'reason',
      'exemption_id',
      'ledger_sequences',
    ],
    mapLazily(evaluations, evaluation => [
      evaluation.runId,
      evaluation.evaluatedAt,
      evaluation.controlId,
      evaluation.subject,
      evaluation.entityRef,
      evaluation.status,
      evaluation.reason,
      evaluation.exemptionId,
      evaluation.observations.join(' '),
    ]),
  );
}

/** Every observation of the period, uncollapsed, with its ledger record. */
export function observationsCsv(input: ComplianceExportInput): Uint8Array {
  const observations = [...input.observations].sort(
    (a, b) => a.sequence - b.sequence,
  );
  return writeCsvBytes(
    [
      'ledger_sequence',
      'ledger_hash',
      'run_id',
      'observed_at',
      'collector',
      'check',
      'subject',
      'entity_ref',
      'result',
      'method',
      'summary',
      'examined',
      'details',
    ],
    mapLazily(observations, observation => [
      observation.sequence,
      observation.hash,
      observation.runId,
      observation.observedAt,
      observation.collector,
      observation.check,
      observation.subject,
      observation.entityRef,
      observation.result,
      observation.method,
      observation.summary,
      observation.examined.map(item => `${item.type}:${item.ref}`).join(' '),
      observation.details ? canonicalize(observation.details) : undefined,
    ]),
  );
}

/** Exemptions in force during the period or asked for in it. */
export function exemptionsCsv(input: ComplianceExportInput): Uint8Array {
  const exemptions = [...input.exemptions].sort((a, b) =>
    compareText(a.id, b.id),
  );
  return writeCsvBytes(
    [
      'exemption_id',
      'control_id',
      'subject',
      'entity_ref',
      'status',
      'justification',
      'requested_by',
      'requested_at',
      'decided_by',
      'decided_at',
      'decision_comment',
      'expires_at',
    ],
    mapLazily(exemptions, exemption => [
      exemption.id,
      exemption.controlId,
      exemption.subject,
      exemption.entityRef,
      exemption.status,
      exemption.justification,
      exemption.requestedBy,
      exemption.requestedAt,
      exemption.decidedBy,
      exemption.decidedAt,
      exemption.decisionComment,
      exemption.expiresAt,
    ]),
  );
}

/** Rows made one at a time as the CSV is written, not all at once before. */
function* mapLazily<T, R>(items: T[], row: (item: T) => R): Iterable<R> {
  for (const item of items) yield row(item);
}
