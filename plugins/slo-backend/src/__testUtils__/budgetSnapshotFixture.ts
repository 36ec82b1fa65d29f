import type { BudgetSnapshot } from '../services/SnapshotStore';

/**
 * A valid snapshot of `component:default/svc-wallet`'s availability SLO; the
 * key follows whatever entityRef, sloName and objectiveIndex are overridden.
 */
export function budgetSnapshot(
  overrides: Partial<BudgetSnapshot> = {},
): BudgetSnapshot {
  const entityRef = overrides.entityRef ?? 'component:default/svc-wallet';
  const sloName = overrides.sloName ?? 'wallet-availability';
  const objectiveIndex = overrides.objectiveIndex ?? 0;
  const day = overrides.day ?? '2026-11-20';
  return {
    key: `${entityRef}#${sloName}#${objectiveIndex}`,
    entityRef,
    sloName,
    objectiveIndex,
    day,
    takenAt: `${day}T23:55:00.000Z`,
    sli: 0.9995,
    consumedFraction: 0.5,
    remainingFraction: 0.5,
    remainingSeconds: 1296,
    state: 'careful',
    target: 0.999,
    windowDuration: '30d',
    ...overrides,
  };
}
