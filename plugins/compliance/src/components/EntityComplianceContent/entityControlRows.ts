import type {
  ControlEvaluation,
  EntityComplianceResponse,
} from '@localplus/plugin-compliance-common';
import { ShownStatus, statusRank, worstStatus } from '../../format/statusNames';

type EntityControl = EntityComplianceResponse['controls'][number];

/** One control as the entity's tab lists it. */
export type EntityControlRow = EntityControl & {
  status: ShownStatus;
  /** The failing evaluations, not satisfied before error; empty when none fails. */
  explained: ControlEvaluation[];
};

function isFailing(evaluation: ControlEvaluation): boolean {
  return evaluation.status === 'not-satisfied' || evaluation.status === 'error';
}

/**
 * The entity's controls with their status over the entity's subjects (its
 * own ref, its workloads, its repository), failing ones first, then by id.
 */
export function entityControlRows(
  controls: EntityControl[],
): EntityControlRow[] {
  return controls
    .map(entry => ({
      ...entry,
      status: worstStatus(entry.evaluations.map(e => e.status)),
      explained: entry.evaluations
        .filter(isFailing)
        .sort(
          (a, b) =>
            statusRank(a.status) - statusRank(b.status) ||
            a.subject.localeCompare(b.subject),
        ),
    }))
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        a.control.id.localeCompare(b.control.id),
    );
}

const subjects = (n: number) => (n === 1 ? '1 subject' : `${n} subjects`);

/**
 * The one line that stands for the reasons of a control nothing fails:
 * "3 subjects satisfied", "2 subjects satisfied, 1 not applicable", or
 * "Not applicable: <the first reason>". The reasons themselves (every
 * observation that passed) would say nothing more to the reader.
 */
export function quietSummary(row: EntityControlRow): string {
  const count = (status: ControlEvaluation['status']) =>
    row.evaluations.filter(e => e.status === status).length;
  if (row.status === 'satisfied') {
    const notApplicable = count('not-applicable');
    return notApplicable > 0
      ? `${subjects(
          count('satisfied'),
        )} satisfied, ${notApplicable} not applicable`
      : `${subjects(count('satisfied'))} satisfied`;
  }
  if (row.status === 'not-applicable') {
    return `Not applicable: ${row.evaluations[0].reason}`;
  }
  return 'Not evaluated in this period';
}
