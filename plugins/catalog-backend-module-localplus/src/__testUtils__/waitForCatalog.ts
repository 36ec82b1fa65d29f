import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AlphaEntity, EntityStatusItem } from '@backstage/catalog-model/alpha';
import request from 'supertest';

type Server = Parameters<typeof request>[0];

export interface UnprocessedEntity {
  /** Derived from unprocessed_entity: the module's own entity_ref may be null. */
  ref: string;
  unprocessed_entity: Entity;
  errors?: Array<{ name: string; message: string }>;
}

export async function listEntities(server: Server): Promise<Entity[]> {
  const response = await request(server).get('/api/catalog/entities');
  expect(response.status).toBe(200);
  return response.body;
}

/**
 * Entities held back with processing errors, read as the catalog's
 * unprocessed-entities view reads them: those never stitched ("pending") and
 * those whose final entity was cleared ("failed"), with their errors.
 */
export async function listUnprocessed(
  server: Server,
): Promise<UnprocessedEntity[]> {
  const lists = await Promise.all(
    ['pending', 'failed'].map(async reason => {
      const response = await request(server).get(
        `/api/catalog/entities/unprocessed/${reason}`,
      );
      expect(response.status).toBe(200);
      return (response.body.entities as UnprocessedEntity[]).map(held => ({
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
  server: Server,
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
