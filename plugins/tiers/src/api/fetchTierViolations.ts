import { stringifyEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import type {
  CatalogUnprocessedEntitiesApiResponse,
  UnprocessedEntityError,
} from '@backstage/plugin-catalog-unprocessed-entities-common';
import {
  declaredTier,
  TIER_ERROR_PREFIX,
  TierModel,
} from '@localplus/plugin-tiers-common';
import { TierViolation } from './TiersApi';

function tierMessage(error: UnprocessedEntityError): string | undefined {
  // The catalog may wrap a processor's error; the tier text is then the cause.
  // Stored errors are JSON from the database: cause may be absent.
  return [error.message, error.cause?.message].find(message =>
    message?.startsWith(TIER_ERROR_PREFIX),
  );
}

/**
 * Lists the tier-model errors of the entities the catalog holds back, from
 * the catalog's unprocessed-entities module: `pending` (never stored, as a
 * new entity that breaks a rule) and `failed` (stored, then failed). Other
 * processing errors are left out; an error listed twice is kept once.
 */
export async function fetchTierViolations(
  apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  model: Pick<TierModel, 'annotation'>,
): Promise<TierViolation[]> {
  const baseUrl = await apis.discoveryApi.getBaseUrl('catalog');
  const answers = await Promise.all(
    ['pending', 'failed'].map(async reason => {
      const response = await apis.fetchApi.fetch(
        `${baseUrl}/entities/unprocessed/${reason}`,
      );
      if (!response.ok) {
        throw new Error(
          `Could not list the entities held back by the catalog: ${response.status} ${response.statusText}`.trim(),
        );
      }
      return (await response.json()) as CatalogUnprocessedEntitiesApiResponse;
    }),
  );
  const violations = new Map<string, TierViolation>();
  for (const held of answers.flatMap(answer => answer.entities ?? [])) {
    const entity = held.unprocessed_entity;
    const entityRef =
      held.entity_ref ?? (entity ? stringifyEntityRef(entity) : 'unknown');
    const tier = entity ? declaredTier(entity, model) : undefined;
    for (const error of held.errors ?? []) {
      const message = tierMessage(error);
      if (message) {
        violations.set(`${entityRef}\n${message}`, {
          entityRef,
          tier,
          message,
        });
      }
    }
  }
  return [...violations.values()];
}
