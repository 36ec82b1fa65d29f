import { DateTime } from 'luxon';
import {
  budgetPolicyState,
  type EntitySloHistory,
  type ObjectiveReport,
  type ObjectiveSnapshot,
} from '@localplus/plugin-slo-common';
import {
  ledgerAvailability,
  ledgerLatency,
  loyaltyNoData,
  walletAvailabilityInError,
} from './objectiveReports';

/** The day the fixtures were "measured" (UTC), and the first day of a 90-day history. */
export const LAST_DAY = '2026-11-21';
export const SINCE_DAY = '2026-08-23';

/**
 * One snapshot a day, the last on `lastDay`, with the remaining budget given
 * oldest first (`null` for a day without data); the rest follows from it.
 */
export function dailySnapshots(options: {
  target: number;
  allowedSeconds: number;
  remaining: Array<number | null>;
  lastDay?: string;
}): ObjectiveSnapshot[] {
  const { target, allowedSeconds, remaining } = options;
  const last = DateTime.fromISO(options.lastDay ?? LAST_DAY, { zone: 'utc' });
  return remaining.map((left, i) => {
    const day = last.minus({ days: remaining.length - 1 - i });
    const consumed = left === null ? null : 1 - left;
    return {
      day: day.toISODate()!,
      takenAt: day.set({ hour: 6, minute: 5 }).toISO()!,
      sli: consumed === null ? null : 1 - (1 - target) * consumed,
      consumedFraction: consumed,
      remainingFraction: left,
      remainingSeconds: left === null ? null : left * allowedSeconds,
      state: consumed === null ? null : budgetPolicyState(consumed),
    };
  });
}

function objectiveHistory(
  objective: ObjectiveReport,
  snapshots: ObjectiveSnapshot[],
) {
  return {
    key: objective.key,
    sloName: objective.sloName,
    objectiveIndex: objective.objectiveIndex,
    snapshots,
  };
}

/** svc-ledger availability: 12 days, from 80 % down to 72 % remaining, one day without data. */
export const ledgerAvailabilitySnapshots = dailySnapshots({
  target: 0.999,
  allowedSeconds: 2592,
  remaining: [
    0.8,
    0.79,
    0.79,
    0.78,
    null,
    0.77,
    0.76,
    0.76,
    0.75,
    0.74,
    0.73,
    0.72,
  ],
});

/** svc-ledger latency: a new objective, stored for the first time today. */
export const ledgerLatencySnapshots = dailySnapshots({
  target: 0.99,
  allowedSeconds: 25920,
  remaining: [0.188],
});

export const ledgerHistory: EntitySloHistory = {
  entityRef: 'component:default/svc-ledger',
  sinceDay: SINCE_DAY,
  objectives: [
    objectiveHistory(ledgerAvailability, ledgerAvailabilitySnapshots),
    objectiveHistory(ledgerLatency, ledgerLatencySnapshots),
  ],
};

/** svc-wallet: the stored days still tell the trend while Prometheus is down. */
export const walletHistory: EntitySloHistory = {
  entityRef: 'component:default/svc-wallet',
  sinceDay: SINCE_DAY,
  objectives: [
    objectiveHistory(
      walletAvailabilityInError,
      dailySnapshots({
        target: 0.999,
        allowedSeconds: 2592,
        remaining: [0.3, 0.22, 0.15, 0.09, 0.05],
        lastDay: '2026-11-20',
      }),
    ),
  ],
};

/** svc-loyalty: no snapshot stored yet. */
export const loyaltyHistory: EntitySloHistory = {
  entityRef: 'component:default/svc-loyalty',
  sinceDay: SINCE_DAY,
  objectives: [objectiveHistory(loyaltyNoData, [])],
};
