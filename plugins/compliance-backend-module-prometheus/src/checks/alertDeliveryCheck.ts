import {
  type CollectedObservation,
  errorMessage,
  type EvidenceCheck,
} from '@localplus/plugin-compliance-node';
import type { PrometheusRun } from '../collector/PrometheusRun';
import { alertDeliveryParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import { listSome } from './observeCriticalComponents';

export const ALERT_DELIVERY_CHECK: EvidenceCheck = {
  id: 'alert-delivery',
  title: 'Prometheus delivers its alerts',
  description:
    "Prometheus (the SLO backend's default environment, or params.environment / params.baseUrl) has at least one active Alertmanager to send firing alerts to (/api/v1/alertmanagers). Subject prometheus:<host>. Fails with none active; error when Prometheus cannot be read.",
};

const CHECK = `prometheus.${ALERT_DELIVERY_CHECK.id}`;

export async function checkAlertDelivery(
  run: PrometheusRun,
  params: unknown,
): Promise<CollectedObservation[]> {
  const prometheus = run.prometheus(
    CHECK,
    parseCheckParams(CHECK, alertDeliveryParams, params),
  );
  const { host } = prometheus.target;
  const base = {
    check: CHECK,
    subject: `prometheus:${host}`,
    method: 'examine' as const,
    examined: [
      {
        type: 'prometheus-alertmanagers',
        ref: host,
        href: prometheus.url('/api/v1/alertmanagers'),
      },
    ],
  };
  let alertmanagers;
  try {
    alertmanagers = await prometheus.alertmanagers(run.signal);
  } catch (error) {
    return [{ ...base, result: 'error', summary: errorMessage(error) }];
  }
  const { active, dropped } = alertmanagers;
  const details = {
    active: active.slice(0, 20),
    dropped: dropped.length,
  };
  if (active.length > 0) {
    return [
      {
        ...base,
        result: 'pass',
        summary: `Prometheus at ${host} sends its alerts to ${plural(
          active.length,
          'active Alertmanager',
        )}: ${listSome(active, 2)}.`,
        details,
      },
    ];
  }
  return [
    {
      ...base,
      result: 'fail',
      summary: `Prometheus at ${host} has no active Alertmanager${
        dropped.length > 0 ? ` (${dropped.length} dropped by relabelling)` : ''
      }, so firing alerts reach nobody.`,
      details,
    },
  ];
}
