/**
 * The PagerDuty provider of the LOCAL-PLUS on-call backend: escalation
 * policies, schedules and overrides from the PagerDuty REST API v2, mapped
 * to catalog components and users.
 *
 * @packageDocumentation
 */
export { oncallModulePagerDuty as default } from './module';
export { PagerDutyProvider, PAGERDUTY_PROVIDER_ID } from './PagerDutyProvider';
export type { PagerDutyProviderDeps } from './PagerDutyProvider';
export { PagerDutyClient } from './client/PagerDutyClient';
export type { PagerDutyClientOptions } from './client/PagerDutyClient';
export {
  PagerDutyRequestError,
  type PagerDutyFailureKind,
} from './client/PagerDutyRequestError';
export { readPagerDutyConfig } from './config';
export type { PagerDutyProviderOptions } from './config';
