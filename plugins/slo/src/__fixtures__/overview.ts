import {
  overviewRow,
  type OverviewRow,
  type SloOverview,
} from '@localplus/plugin-slo-common';
import {
  ledgerAvailability,
  ledgerLatency,
  walletAvailabilityInError,
} from './objectiveReports';

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
    overviewRow(ledgerLatency, ledger),
    paymentsCareful,
    overviewRow(ledgerAvailability, ledger),
    overviewRow(walletAvailabilityInError, {
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
