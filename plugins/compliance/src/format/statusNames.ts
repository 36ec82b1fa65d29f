import type {
  ControlStatus,
  ObservationResult,
} from '@localplus/plugin-compliance-common';

/** A control's status, or that no run covered it. */
export type ShownStatus = ControlStatus | 'not-evaluated';

const STATUS_NAMES: Record<ShownStatus, string> = {
  satisfied: 'Satisfied',
  'not-satisfied': 'Not satisfied',
  error: 'Error',
  'not-applicable': 'Not applicable',
  'not-evaluated': 'Not evaluated',
};

const RESULT_NAMES: Record<ObservationResult, string> = {
  pass: 'Pass',
  fail: 'Fail',
  error: 'Error',
  'not-applicable': 'Not applicable',
};

export function statusName(status: ShownStatus): string {
  return STATUS_NAMES[status] ?? String(status);
}

export function resultName(result: ObservationResult): string {
  return RESULT_NAMES[result] ?? String(result);
}

/**
 * Worst first: what needs someone's attention leads every list. An error
 * ranks after a failure (the control may hold, it could not be shown) and
 * before the unknown.
 */
const STATUS_RANK: Record<ShownStatus, number> = {
  'not-satisfied': 0,
  error: 1,
  'not-evaluated': 2,
  satisfied: 3,
  'not-applicable': 4,
};

export function statusRank(status: ShownStatus): number {
  return STATUS_RANK[status] ?? 5;
}

/** The worst of several subjects' statuses; not evaluated when there are none. */
export function worstStatus(statuses: ControlStatus[]): ShownStatus {
  if (statuses.length === 0) {
    return 'not-evaluated';
  }
  return [...statuses].sort((a, b) => statusRank(a) - statusRank(b))[0];
}
