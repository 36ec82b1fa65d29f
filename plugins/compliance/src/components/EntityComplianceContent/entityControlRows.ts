import type {
  ControlEvaluation,
  EntityComplianceResponse,
} from '@localplus/plugin-compliance-common';
import { ShownStatus, statusRank, worstStatus } from '../../format/statusNames';

type EntityControl = EntityComplianceResponse['controls'][number];

/** One control as the entity's tab lists it. */
export type EntityControlRow = EntityControl & {
  status: ShownStatus;
  /** The evaluations to explain first: the failing ones, or all when none fails. */
  explained: ControlEvaluation[];
};

/**
 * The entity's controls with their status over the entity's subjects (its
 * own ref, its workloads, its repository), failing ones first, then by id.
 */
export function entityControlRows(
  controls: EntityControl[],
): EntityControlRow[] {
  return controls
    .map(entry => {
      const status = worstStatus(entry.evaluations.map(e => e.status));
      const failing = entry.evaluations.filter(
        e => e.status === 'not-satisfied' || e.status === 'error',
      );
      return {
        ...entry,
        status,
        explained: failing.length > 0 ? failing : entry.evaluations,
      };
    })
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        a.control.id.localeCompare(b.control.id),
    );
}
