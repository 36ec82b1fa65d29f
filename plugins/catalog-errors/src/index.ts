/**
 * The Catalog errors page: every entity the catalog holds back because its
 * processing failed, with its ref, location and errors.
 *
 * @packageDocumentation
 */
export { catalogErrorsPlugin as default } from './plugin';
export {
  catalogErrorsApiRef,
  HELD_BACK_REASON_LABELS,
} from './api/CatalogErrorsApi';
export type {
  CatalogErrorsApi,
  HeldBackEntity,
  HeldBackError,
  HeldBackReason,
} from './api/CatalogErrorsApi';
export { CatalogErrorsClient } from './api/CatalogErrorsClient';
