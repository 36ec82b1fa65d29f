/**
 * On call in the LOCAL-PLUS portal: the On call card on service pages, the
 * On call tab of services and groups (calendar, overrides and swaps), the
 * org-wide On call page (now, coverage, fairness, my shifts, pages) and the
 * home widget.
 *
 * @packageDocumentation
 */
export { onCallPlugin as default } from './plugin';
export { onCallApiRef } from './api/onCallApiRef';
export { OnCallClient } from './api/OnCallClient';
export { OnCallApiError } from './api/OnCallApiError';
export type {
  OnCallApi,
  OnCallEntityName,
  PageQuery,
  TimeRange,
} from './api/OnCallApi';
