import {
  calendarMonth,
  checkoutSlo,
  rolling,
} from '../__fixtures__/alertWindowSlos';
import { parseOpenSloDocuments } from '../openslo/parseOpenSloDocuments';
import type { OpenSloSlo } from '../openslo/schema';
import {
  AlertingRule,
  generatePrometheusRules,
} from '../prometheus/generatePrometheusRules';
import { ruleOptions } from './promtoolRuleScratch';

/** The SLO windows the issue names, each with its OpenSLO `timeWindow`. */
export const SLO_WINDOW_CASES: Array<[label: string, timeWindow: string]> = [
  ['7d', rolling('7d')],
  ['28d', rolling('28d')],
  ['30d', rolling('30d')],
  ['calendar month', calendarMonth],
];

/** The checkout availability SLO over `timeWindow` and its generated alerts. */
export function checkoutAlerts(timeWindow: string) {
  const slo = parseOpenSloDocuments(checkoutSlo({ timeWindow }))
    .documents[0] as OpenSloSlo;
  const alerts = generatePrometheusRules(
    slo,
    ruleOptions,
  ).groups[0].rules.filter((rule): rule is AlertingRule => 'alert' in rule);
  return { slo, alerts };
}
