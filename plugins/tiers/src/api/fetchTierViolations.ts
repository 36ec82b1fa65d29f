import { Entity } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import {
  declaredTier,
  TIER_ERROR_PREFIX,
  TierModel,
} from '@localplus/plugin-tiers-common';

/** One tier-model error of one entity that failed catalog processing. */
export interface TierViolation {
  entityRef: string;
  /** The tier the entity declares, when it declares one. */
  tier?: string;
  message: string;
}

/** The parts of the unprocessed-entities module's answer this plugin reads. */
interface FailedEntitiesResponse {
  entities?: Array<{
    entity_ref: string;
    unprocessed_entity?: Entity;
    errors?: Array<{ message?: string; cause?: { message?: string } }>;
  }>;
}

function tierMessage(error: {
  message?: string;
  cause?: { message?: string };
}): string | undefined {
  // The catalog may wrap a processor's error; the tier text is then the cause.
  return [error.message, error.cause?.message].find(message =>
    message?.startsWith(TIER_ERROR_PREFIX),
  );
}

/**
 * Lists the tier-model errors of the entities that failed processing, from
 * the catalog's unprocessed-entities module
 * (`GET /entities/unprocessed/failed`). Other processing errors are left out.
 */
export async function fetchTierViolations(
  apis: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  model: Pick<TierModel, 'annotation'>,
): Promise<TierViolation[]> {
  const baseUrl = await apis.discoveryApi.getBaseUrl('catalog');
  const response = await apis.fetchApi.fetch(
    `${baseUrl}/entities/unprocessed/failed`,
  );
  if (!response.ok) {
    throw new Error(
      `Could not list the entities that failed processing: ${response.status} ${response.statusText}`.trim(),
    );
  }
  const body = (await response.json()) as FailedEntitiesResponse;
  const violations: TierViolation[] = [];
  for (const failed of body.entities ?? []) {
    const tier = failed.unprocessed_entity
      ? declaredTier(failed.unprocessed_entity, model)
      : undefined;
    for (const error of failed.errors ?? []) {
      const message = tierMessage(error);
      if (message) {
        violations.push({ entityRef: failed.entity_ref, tier, message });
      }
    }
  }
  return violations;
}
