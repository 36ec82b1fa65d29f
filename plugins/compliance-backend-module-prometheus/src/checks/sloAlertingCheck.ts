import { type EvidenceCheck, oneLine } from '@localplus/plugin-compliance-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import type { PrometheusRun } from '../collector/PrometheusRun';
import type { LoadedAlertRule } from '../sources/PrometheusApiClient';
import type { ExpectedAlert } from '../sources/SloBackendClient';
import { sloAlertingParams } from './checkParams';
import { parseCheckParams, plural } from '@localplus/plugin-compliance-node';
import {
  catalogEntityItem,
  ComponentFinding,
  listSome,
  observeCriticalComponents,
} from './observeCriticalComponents';

export const SLO_ALERTING_CHECK: EvidenceCheck = {
  id: 'slo-alerting',
  title: 'Burn-rate alerts are loaded in Prometheus',
  description:
    "For every P0 or P1 Component (params.criticalities), each burn-rate alerting rule the SLO backend generates from its SLOs is loaded in Prometheus (/api/v1/rules: same alert name and labels) and not failing to evaluate. Prometheus is the SLO backend's default environment, or params.environment / params.baseUrl. Fails without SLOs or with a rule missing or failing.",
};

const CHECK = `prometheus.${SLO_ALERTING_CHECK.id}`;

/** `svc-ledger-availability objective 0, page 1h/5m` */
function describeAlert(alert: ExpectedAlert): string {
  const { slo, objective, severity, long_window, short_window } = alert.labels;
  if (!slo) return alert.name;
  const windows =
    long_window && short_window ? ` ${long_window}/${short_window}` : '';
  return `${slo} objective ${objective ?? '?'}, ${
    severity ?? 'alert'
  }${windows}`;
}

/** The loaded rules that are this expected alert: same name, every expected label equal. */
function loadedAs(
  alert: ExpectedAlert,
  loaded: readonly LoadedAlertRule[],
): LoadedAlertRule[] {
  return loaded.filter(
    rule =>
      rule.name === alert.name &&
      Object.entries(alert.labels).every(
        ([name, value]) => rule.labels[name] === value,
      ),
  );
}

export async function checkSloAlerting(run: PrometheusRun, params: unknown) {
  const parsed = parseCheckParams(CHECK, sloAlertingParams, params);
  const prometheus = run.prometheus(CHECK, parsed);
  const { host } = prometheus.target;
  const rulesItem = {
    type: 'prometheus-rules',
    ref: host,
    href: prometheus.url('/api/v1/rules?type=alert'),
  };
  return observeCriticalComponents(
    run,
    CHECK,
    parsed.criticalities,
    async (component): Promise<ComponentFinding> => {
      if (!component.hasSloDocuments) {
        return {
          result: 'fail',
          summary: `No SLO, so no burn-rate alert: the component has no ${OPENSLO_ANNOTATION} annotation.`,
          examined: [catalogEntityItem(component.ref)],
          details: { expected: 0 },
        };
      }
      const generated = await run.entityAlertRules(component.ref);
      const generatedItem = {
        type: 'slo-alert-rules',
        ref: component.ref,
        href: generated.url,
      };
      if (generated.kind === 'none' || generated.alerts.length === 0) {
        const reason =
          generated.kind === 'none'
            ? generated.reason
            : 'its rule file has no alerting rule';
        return {
          result: 'fail',
          summary: `No burn-rate alert to load: the SLO backend generates none (${oneLine(
            reason,
          )}).`,
          examined: [catalogEntityItem(component.ref), generatedItem],
          details: { expected: 0 },
        };
      }
      const loaded = await run.loadedAlertRules(prometheus);
      const examined = [
        catalogEntityItem(component.ref),
        generatedItem,
        rulesItem,
      ];
      const missing: string[] = [];
      const failing: string[] = [];
      for (const alert of generated.alerts) {
        const matches = loadedAs(alert, loaded);
        if (matches.length === 0) {
          missing.push(describeAlert(alert));
        } else if (matches.every(rule => rule.health === 'err')) {
          failing.push(
            `${describeAlert(alert)} (${oneLine(
              matches[0].lastError ?? 'evaluation error',
            )})`,
          );
        }
      }
      const expected = generated.alerts.length;
      const details = {
        expected,
        prometheus: host,
        missing: missing.slice(0, 20),
        failing: failing.slice(0, 20),
      };
      if (missing.length === 0 && failing.length === 0) {
        return {
          result: 'pass',
          summary: `All ${plural(
            expected,
            'burn-rate alert',
          )} of its SLOs are loaded in Prometheus at ${host}.`,
          examined,
          details,
        };
      }
      const problems = [
        missing.length > 0
          ? `${missing.length} of ${expected} not loaded (${listSome(
              missing,
              2,
            )})`
          : undefined,
        failing.length > 0
          ? `${failing.length} failing to evaluate (${listSome(failing, 1)})`
          : undefined,
      ].filter(Boolean);
      return {
        result: 'fail',
        summary: `Burn-rate alerts in Prometheus at ${host}: ${problems.join(
          '; ',
        )}.`,
        examined,
        details,
      };
    },
  );
}
