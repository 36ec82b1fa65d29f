import { createApiRef } from '@backstage/frontend-plugin-api';

/**
 * Why the catalog holds an entity back, after the list of the
 * unprocessed-entities module that answered it: `failed` (stored without a
 * final entity: its processing failed) or `pending` (never stored: not yet
 * processed, or its very first processing failed).
 */
export type HeldBackReason = 'failed' | 'pending';

/** What each reason is called on the page. */
export const HELD_BACK_REASON_LABELS: Record<HeldBackReason, string> = {
  failed: 'failed processing',
  pending: 'never processed',
};

/** One processing error, as the catalog stored it. */
export interface HeldBackError {
  name: string;
  message: string;
}

/**
 * One entity the catalog holds back. Everything but `id`, `reason` and
 * `errors` may be missing: the answers come from stored JSON.
 */
export interface HeldBackEntity {
  /** The catalog's `entity_id`, else the entity ref: unique in a list. */
  id: string;
  /** From `entity_ref`, else computed from the unprocessed entity. */
  entityRef?: string;
  kind?: string;
  owner?: string;
  /** The `backstage.io/managed-by-location` annotation: where it came from. */
  location?: string;
  reason: HeldBackReason;
  errors: HeldBackError[];
  /** ISO 8601; when the catalog last discovered the entity at its location. */
  lastDiscoveryAt?: string;
  /** The entity as read from its location, when the answer carries it. */
  unprocessedEntity?: unknown;
}

/** The catalog's held-back entities, in one list. */
export interface CatalogErrorsApi {
  /**
   * Reads the failed and the pending lists of the catalog's
   * unprocessed-entities module and merges them. Throws when either list
   * cannot be read.
   */
  listHeldBackEntities(): Promise<HeldBackEntity[]>;
}

export const catalogErrorsApiRef = createApiRef<CatalogErrorsApi>().with({
  id: 'plugin.catalog-errors.api',
  pluginId: 'catalog-errors',
});
