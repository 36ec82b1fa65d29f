/**
 * Isomorphic SLO building blocks for LOCAL-PLUS: OpenSLO v1 parsing,
 * error-budget math and Prometheus burn-rate rule generation.
 *
 * @packageDocumentation
 */
export {
  parseOpenSloDocuments,
  formatOpenSloProblem,
  MAX_OPENSLO_BYTES,
  MAX_OPENSLO_DOCUMENTS,
  MAX_YAML_ALIASES,
  type OpenSloParseResult,
  type OpenSloProblem,
} from './openslo/parseOpenSloDocuments';
export {
  sloDocumentSchema,
  serviceDocumentSchema,
  type OpenSloDocument,
  type OpenSloObjective,
  type OpenSloService,
  type OpenSloSlo,
} from './openslo/schema';
export {
  sliDocumentSchema,
  type OpenSloIndicator,
  type OpenSloSli,
} from './openslo/indicatorSchema';
export {
  dataSourceDocumentSchema,
  type OpenSloDataSource,
} from './openslo/dataSourceSchema';
export {
  budgetsSlices,
  objectiveStepSeconds,
  objectiveTarget,
  sloAlertPeriodSeconds,
  sloPeriodAt,
  sloWindowSeconds,
} from './openslo/sloAccessors';
export {
  calendarPeriodAt,
  shortestCalendarPeriodSeconds,
  type OpenSloCalendar,
  type SloPeriod,
} from './openslo/calendarPeriod';
export {
  alertConditionDocumentSchema,
  alertPolicyDocumentSchema,
  alertNotificationTargetDocumentSchema,
  type OpenSloAlertCondition,
  type OpenSloAlertNotificationTarget,
  type OpenSloAlertPolicy,
} from './openslo/alertSchema';
export {
  sloAlertConditions,
  type SloAlertCondition,
} from './openslo/sloAlertConditions';
export {
  bucketLabel,
  requestSloDocuments,
} from './openslo/requestSloDocuments';
export { removeDecimalNoise } from './budget/decimalNoise';
export { durationToSeconds } from './openslo/durations';
export { WINDOW_PLACEHOLDER } from './openslo/promqlSafety';
export {
  errorBudget,
  budgetConsumed,
  burnRate,
  type ErrorBudget,
} from './budget/errorBudget';
export {
  budgetPolicyState,
  BUDGET_POLICY,
  type BudgetPolicyState,
  type BudgetPolicyStep,
} from './budget/budgetPolicy';
export {
  BURN_RATE_ALERT_POLICY,
  BURN_RATE_ALERT_WINDOWS,
  burnRateAlertWindows,
  ERROR_RATIO_WINDOWS,
  errorRatioWindows,
  hasEnoughEvents,
  MIN_ALERT_WINDOW_SECONDS,
  shortWindowSeconds,
  type BurnRateAlertWindow,
} from './budget/burnRateAlertWindows';
export {
  generatePrometheusRules,
  prometheusRulesToYaml,
  BURN_RATE_ALERT_NAME,
  ERROR_RATIO_RECORD,
  TOTAL_RATE_RECORD,
  type AlertingRule,
  type GeneratePrometheusRulesOptions,
  type PrometheusRuleFile,
  type RecordingRule,
} from './prometheus/generatePrometheusRules';
export { sloQueries, type SloQueries } from './prometheus/sloQueries';
export { sloAlertWindows } from './prometheus/sloAlertWindows';
export {
  missingRecordings,
  type MissingRecording,
} from './prometheus/missingRecordings';
export {
  toPrometheusRuleResource,
  type PrometheusRuleResource,
} from './prometheus/toPrometheusRuleResource';
export type * from './api/reportTypes';
export { OPENSLO_ANNOTATION } from './annotations';
export { overviewRow, type OverviewRowEntity } from './overview/overviewRow';
export {
  SloClient,
  sloEntityPath,
  type SloApi,
  type SloClientOptions,
  type SloEntityName,
} from './api/SloClient';
export { sloReadPermission, sloPermissions } from './permissions';
