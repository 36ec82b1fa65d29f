import type { ObjectiveReport } from '../api/reportTypes';
import { overviewRow } from './overviewRow';

const report: ObjectiveReport = {
  key: 'component:default/svc-ledger#svc-ledger-availability#0',
  entityRef: 'component:default/svc-ledger',
  sloName: 'svc-ledger-availability',
  sloDisplayName: 'Ledger availability',
  service: 'svc-ledger',
  objectiveIndex: 0,
  objectiveName: '99.9 % of requests succeed',
  target: 0.999,
  indicator: 'ratio',
  budgetingMethod: 'Occurrences',
  environment: 'prod',
  window: {
    duration: '30d',
    rolling: true,
    start: '2026-10-22T08:00:00Z',
    end: '2026-11-21T08:00:00Z',
    seconds: 2592000,
    elapsedSeconds: 2592000,
  },
  queries: { errorRatio: 'sum(rate(errors[5m]))' },
  status: 'ok',
};

const ledger = {
  entityTitle: 'Ledger Service',
  owner: 'group:default/team-ledger',
  tier: 'T1',
};

describe('overviewRow', () => {
  it('carries the live figures and only the alerts firing now', () => {
    const row = overviewRow(
      {
        ...report,
        measurement: {
          sli: 0.9995,
          events: 1000000,
          budget: {
            allowedFraction: 0.001,
            allowedSeconds: 2592,
            consumedFraction: 0.5,
            remainingFraction: 0.5,
            consumedSeconds: 1296,
            remainingSeconds: 1296,
          },
          burnRates: [],
          alerts: [
            {
              severity: 'page',
              burnRate: 14.4,
              longWindow: '1h',
              shortWindow: '5m',
              firing: true,
              heldByLowTraffic: false,
            },
            {
              severity: 'ticket',
              burnRate: 1,
              longWindow: '3d',
              shortWindow: '6h',
              firing: false,
              heldByLowTraffic: false,
            },
          ],
          lowTraffic: false,
          policy: { state: 'careful', meaning: 'Ship with care' },
        },
      },
      ledger,
    );
    expect(row).toEqual({
      key: report.key,
      entityRef: 'component:default/svc-ledger',
      entityTitle: 'Ledger Service',
      owner: 'group:default/team-ledger',
      tier: 'T1',
      sloName: 'svc-ledger-availability',
      sloDisplayName: 'Ledger availability',
      objectiveName: '99.9 % of requests succeed',
      target: 0.999,
      windowDuration: '30d',
      status: 'ok',
      sli: 0.9995,
      consumedFraction: 0.5,
      remainingFraction: 0.5,
      remainingSeconds: 1296,
      state: 'careful',
      firingAlerts: [{ severity: 'page', longWindow: '1h' }],
    });
  });

  it('says null, never zero, without a measurement, and keeps the last snapshot', () => {
    const lastSnapshot = {
      day: '2026-11-20',
      takenAt: '2026-11-20T23:55:00Z',
      sli: 0.9991,
      consumedFraction: 0.9,
      remainingFraction: 0.1,
      remainingSeconds: 259.2,
      state: 'freeze' as const,
    };
    const row = overviewRow(
      { ...report, status: 'error', error: 'Prometheus is down', lastSnapshot },
      ledger,
    );
    expect(row).toMatchObject({
      status: 'error',
      error: 'Prometheus is down',
      sli: null,
      consumedFraction: null,
      remainingFraction: null,
      remainingSeconds: null,
      state: null,
      firingAlerts: [],
      lastSnapshot,
    });
  });
});
