import type {
  ControlStatus,
  StatusCounts,
} from '@localplus/plugin-compliance-common';

/** Worst first: the status a control shows when its subjects disagree. */
const SEVERITY: ControlStatus[] = [
  'not-satisfied',
  'error',
  'satisfied',
  'not-applicable',
];

export function emptyStatusCounts(): StatusCounts {
  return {
    satisfied: 0,
    'not-satisfied': 0,
    'not-applicable': 0,
    error: 0,
  };
}

/** Counts of statuses, e.g. of one control's subjects in one run. */
export function countStatuses(statuses: Iterable<ControlStatus>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * A control's status over its subjects: not satisfied when any subject is,
 * else in error when any is, else satisfied when any is, else not
 * applicable. With no subject at all it was not evaluated.
 */
export function worstStatus(
  counts: StatusCounts,
): ControlStatus | 'not-evaluated' {
  return SEVERITY.find(status => counts[status] > 0) ?? 'not-evaluated';
}
