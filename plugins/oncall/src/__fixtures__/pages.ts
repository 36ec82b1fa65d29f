import type { OnCallPage } from '@localplus/plugin-oncall-common';

/** A P1 page on the ledger, fired 3 minutes before NOW and not acknowledged yet. */
export const ledgerDownPage: OnCallPage = {
  id: 'page-1',
  fingerprint: 'a1b2c3',
  alertName: 'LedgerAvailabilityBurn',
  summary: 'svc-ledger is failing 40 % of requests',
  entityRef: 'component:default/svc-ledger',
  severity: 'P1',
  rotation: 'localplus-weekly',
  primary: 'user:default/diana',
  secondary: 'user:default/eve',
  firedAt: '2026-03-04T08:57:00.000Z',
  acknowledgeTargetMinutes: 5,
  escalationStep: 0,
  notified: [
    { step: 0, people: ['user:default/diana'], at: '2026-03-04T08:57:00.000Z' },
  ],
  labels: { alertname: 'LedgerAvailabilityBurn', severity: 'P1' },
  runbookUrl: 'https://docs.localplus.test/runbooks/svc-ledger',
};

/** A P3 page acknowledged by Diana within its target, still firing. */
export const ledgerSlowPage: OnCallPage = {
  id: 'page-2',
  fingerprint: 'd4e5f6',
  alertName: 'LedgerLatencyHigh',
  summary: 'svc-ledger p99 latency above 200 ms',
  entityRef: 'component:default/svc-ledger',
  severity: 'P3',
  rotation: 'localplus-weekly',
  primary: 'user:default/diana',
  secondary: 'user:default/eve',
  firedAt: '2026-03-04T07:30:00.000Z',
  acknowledgedAt: '2026-03-04T07:50:00.000Z',
  acknowledgedBy: 'user:default/diana',
  acknowledgeTargetMinutes: 60,
  metTarget: true,
  escalationStep: 0,
  notified: [
    { step: 0, people: ['user:default/diana'], at: '2026-03-04T07:30:00.000Z' },
  ],
  labels: { alertname: 'LedgerLatencyHigh', severity: 'P3' },
};

/** A P2 page of last week, resolved, acknowledged late after escalating to the secondary. */
export const walletLatePage: OnCallPage = {
  id: 'page-3',
  fingerprint: 'g7h8i9',
  alertName: 'WalletErrorRate',
  summary: 'svc-wallet error rate above 5 %',
  entityRef: 'component:default/svc-wallet',
  severity: 'P2',
  rotation: 'localplus-weekly',
  primary: 'user:default/charlie',
  secondary: 'user:default/diana',
  firedAt: '2026-02-27T22:10:00.000Z',
  acknowledgedAt: '2026-02-27T22:40:00.000Z',
  acknowledgedBy: 'user:default/diana',
  resolvedAt: '2026-02-27T23:30:00.000Z',
  acknowledgeTargetMinutes: 15,
  metTarget: false,
  escalationStep: 1,
  notified: [
    {
      step: 0,
      people: ['user:default/charlie'],
      at: '2026-02-27T22:10:00.000Z',
    },
    { step: 1, people: ['user:default/diana'], at: '2026-02-27T22:25:00.000Z' },
  ],
  labels: { alertname: 'WalletErrorRate', severity: 'P2' },
};
