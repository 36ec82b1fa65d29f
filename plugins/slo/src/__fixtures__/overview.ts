import type {
  ObjectiveReport,
  OverviewRow,
  SloOverview,
} from '@localplus/plugin-slo-common';
import {
  ledgerAvailability,
  ledgerLatency,
  walletAvailabilityInError,
} from './objectiveReports';

function row(
  objective: ObjectiveReport,
  entity: Pick<
    OverviewRow,
    'entityTitle' | 'owner' | 'system' | 'tier' | 'criticality'
  >,
): OverviewRow {
  const { measurement } = objective;
  return {
    key: objective.key,
    entityRef: objective.entityRef,
    ...entity,
    sloName: objective.sloName,
    sloDisplayName: objective.sloDisplayName,
    objectiveName: objective.objectiveName,
    target: objective.target,
    windowDuration: objective.window.duration,
    status: objective.status,
    error: objective.error,
    sli: measurement?.sli ?? null,
    consumedFraction: measurement?.budget?.consumedFraction ?? null,
    remainingFraction: measurement?.budget?.remainingFraction ?? null,
    remainingSeconds: measurement?.budget?.remainingSeconds ?? null,
    state: measurement?.policy?.state ?? null,
    firingAlerts: (measurement?.alerts ?? [])
      .filter(alert => alert.firing)
      .map(({ severity, longWindow }) => ({ severity, longWindow })),
    lastSnapshot: objective.lastSnapshot,
  };
}

const ledger = {
  entityTitle: 'Ledger Service',
  owner: 'group:default/team-ledger',
  system: 'system:default/loyalty-core',
  tier: 'T3',
  criticality: 'high',
};

/** A payments objective in the careful state, to fill the middle of the list. */
const paymentsCareful: OverviewRow = {
  key: 'component:default/svc-payments#svc-payments-availability#0',
  entityRef: 'component:default/svc-payments',
  entityTitle: 'Payments Service',
  owner: 'group:default/team-payments',
  system: 'system:default/payments',
  tier: 'T3',
  criticality: 'high',
  sloName: 'svc-payments-availability',
  sloDisplayName: 'Payments availability',
  objectiveName: '99.95 % of payments succeed',
  target: 0.9995,
  windowDuration: '28d',
  status: 'ok',
  sli: 0.99972,
  consumedFraction: 0.56,
  remainingFraction: 0.44,
  remainingSeconds: 532.22,
  state: 'careful',
  firingAlerts: [{ severity: 'ticket', longWindow: '1d' }],
};

/** Sorted as the backend sorts: most budget consumed first, unmeasured last. */
export const overview: SloOverview = {
  generatedAt: '2026-11-21T08:00:00Z',
  filters: {},
  rows: [
    row(ledgerLatency, ledger),
    paymentsCareful,
    row(ledgerAvailability, ledger),
    row(walletAvailabilityInError, {
      entityTitle: 'Wallet Service',
      owner: 'group:default/team-wallet',
      system: 'system:default/loyalty-core',
      tier: 'T3',
      criticality: 'medium',
    }),
  ],
  counts: { normal: 1, careful: 1, freeze: 1, emergency: 0, unknown: 1 },
  facets: {
    owners: [
      'group:default/team-ledger',
      'group:default/team-payments',
      'group:default/team-wallet',
    ],
    systems: ['system:default/loyalty-core', 'system:default/payments'],
    tiers: ['T1', 'T3'],
    criticalities: ['high', 'medium'],
  },
  documentProblems: [
    {
      entityRef: 'component:default/svc-wallet',
      problems: [
        'document 1: spec.objectives[0].target: must be between 0 and 1',
      ],
    },
    {
      entityRef: 'component:default/svc-notifications',
      problems: ['input: YAML syntax error at line 4'],
    },
  ],
};
