import type { EntitySloReport } from '@localplus/plugin-slo-common';
import {
  ledgerAvailability,
  ledgerLatency,
  loyaltyNoData,
  walletAvailabilityInError,
} from './objectiveReports';

const generatedAt = '2026-11-21T08:00:00Z';

export const ledgerReport: EntitySloReport = {
  entityRef: 'component:default/svc-ledger',
  documentLocation: 'slo/svc-ledger.openslo.yaml',
  problems: [],
  objectives: [ledgerAvailability, ledgerLatency],
  generatedAt,
};

/** Prometheus is down, and the second SLO document did not parse. */
export const walletReport: EntitySloReport = {
  entityRef: 'component:default/svc-wallet',
  documentLocation: 'slo/svc-wallet.openslo.yaml',
  problems: [
    'document 1: spec.objectives[0].target: must be between 0 and 1',
    'document 2: spec.timeWindow[0].duration: must be whole days from 1d to 90d',
  ],
  objectives: [walletAvailabilityInError],
  generatedAt,
};

export const loyaltyReport: EntitySloReport = {
  entityRef: 'component:default/svc-loyalty',
  documentLocation: 'slo/svc-loyalty.openslo.yaml',
  problems: [],
  objectives: [loyaltyNoData],
  generatedAt,
};
