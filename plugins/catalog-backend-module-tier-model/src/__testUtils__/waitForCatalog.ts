import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity, EntityStatusItem } from '@backstage/catalog-model/alpha';
import type {
  CatalogUnprocessedEntitiesApiResponse,
  UnprocessedEntity,
} from '@backstage/plugin-catalog-unprocessed-entities-common';

/** A running test backend's HTTP server, e.g. `startTestBackend(...).server`. */
export interface CatalogTestServer {
  port(): number;
}

/** An entity the catalog holds back, with the ref it was read under. */
export type HeldBackEntity = UnprocessedEntity & {
  /** Derived from unprocessed_entity: the module's own entity_ref may be null. */
  ref: string;
};

async function getJson<T>(server: CatalogTestServer, path: string): Promise<T> {
  const response = await fetch(
    `http://localhost:${server.port()}/api/catalog${path}`,
  );
  if (response.status !== 200) {
    throw new Error(
      `GET /api/catalog${path} answered ${
        response.status
      }: ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

/** Every entity the catalog serves. */
export async function listEntities(
  server: CatalogTestServer,
): Promise<Entity[]> {
  return getJson<Entity[]>(server, '/entities');
}

/**
 * Entities held back with processing errors, read as the catalog's
 * unprocessed-entities view reads them: those never stitched ("pending") and
 * those whose final entity was cleared ("failed"), with their errors. Needs
 * `@backstage/plugin-catalog-backend-module-unprocessed` in the backend.
 */
export async function listUnprocessed(
  server: CatalogTestServer,
): Promise<HeldBackEntity[]> {
  const lists = await Promise.all(
    ['pending', 'failed'].map(async reason => {
      const { entities } = await getJson<CatalogUnprocessedEntitiesApiResponse>(
        server,
        `/entities/unprocessed/${reason}`,
      );
      return entities.map(held => ({
        ...held,
        ref: stringifyEntityRef(held.unprocessed_entity),
      }));
    }),
  );
  return lists.flat();
}

/**
 * Polls the entities API until `ready` holds and the entity count has not
 * changed for `stableFor` ms: ingestion runs in the background, in waves.
 */
export async function waitForCatalog(
  server: CatalogTestServer,
  ready: (entities: Entity[]) => boolean | Promise<boolean>,
  { timeoutMs = 90_000, stableFor = 2_000 } = {},
): Promise<Entity[]> {
  const deadline = Date.now() + timeoutMs;
  let lastCount = -1;
  let stableSince = Date.now();
  for (;;) {
    const entities = await listEntities(server);
    if (entities.length !== lastCount) {
      lastCount = entities.length;
      stableSince = Date.now();
    }
    if (Date.now() - stableSince >= stableFor && (await ready(entities))) {
      return entities;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `catalog never settled; ${entities.length} entities: ${entities
          .map(e => e.metadata.name)
          .join(', ')}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/** The status items (processing errors among them) the catalog stitched in. */
export function statusItems(entity: Entity): EntityStatusItem[] {
  return (entity as AlphaEntity).status?.items ?? [];
}
