import type {
  AlertmanagerAlert,
  AlertmanagerPayload,
} from '../pages/alertmanagerPayload';

/** A script URL, spelled so that the linter lets tests hold one. */
export const SCRIPT_URL = ['javascript', 'alert(document.cookie)'].join(':');

/** One alert as Alertmanager 0.25 sends it, the SLO burn-rate alert by default. */
export function alert(
  overrides: Partial<AlertmanagerAlert> = {},
): AlertmanagerAlert {
  return {
    status: 'firing',
    labels: {
      alertname: 'SloErrorBudgetBurn',
      service: 'svc-ledger',
      severity: 'page',
      slo: 'ledger-availability',
    },
    annotations: {
      summary:
        'ledger-availability (svc-ledger) is burning its error budget 14.4x too fast',
      runbook_url: 'https://docs.localplus.io/runbooks/svc-ledger',
    },
    startsAt: '2026-12-02T14:03:27.123456789Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: 'http://prometheus:9090/graph?g0.expr=vector%281%29',
    fingerprint: 'a1b2c3d4e5f60718',
    ...overrides,
  };
}

/** A version-4 webhook notification of `alerts`. */
export function notification(
  alerts: AlertmanagerAlert[],
  extra: Record<string, unknown> = {},
): AlertmanagerPayload {
  return {
    version: '4',
    groupKey: '{}:{alertname="SloErrorBudgetBurn"}',
    truncatedAlerts: 0,
    status: alerts.every(a => a.status === 'resolved') ? 'resolved' : 'firing',
    receiver: 'oncall-portal',
    groupLabels: { alertname: 'SloErrorBudgetBurn' },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager:9093',
    alerts,
    ...extra,
  };
}
