import type {
  BudgetPolicyState,
  OverviewRow,
} from '@localplus/plugin-slo-common';

/** The values a row shows: measured ones, or for an objective in error its last snapshot. */
export type OverviewRowValues = {
  fromSnapshot: boolean;
  sli: number | null;
  consumedFraction: number | null;
  remainingSeconds: number | null;
  state: BudgetPolicyState | null;
};

export function overviewRowValues(row: OverviewRow): OverviewRowValues {
  if (row.status === 'error' && row.lastSnapshot) {
    const snapshot = row.lastSnapshot;
    return {
      fromSnapshot: true,
      sli: row.sli ?? snapshot.sli,
      consumedFraction: row.consumedFraction ?? snapshot.consumedFraction,
      remainingSeconds: row.remainingSeconds ?? snapshot.remainingSeconds,
      state: row.state ?? snapshot.state,
    };
  }
  return {
    fromSnapshot: false,
    sli: row.sli,
    consumedFraction: row.consumedFraction,
    remainingSeconds: row.remainingSeconds,
    state: row.state,
  };
}
