import { useApi } from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import type { EntitySloHistory } from '@localplus/plugin-slo-common';
import { AsyncResult, useAsyncResult } from '@localplus/portal-react';
import { sloApiRef } from '../api/sloApiRef';
import { sloEntityName } from './sloEntityName';

/** How far back the SLOs tab shows the daily budget snapshots. */
export const HISTORY_DAYS = 90;

/** The daily budget snapshots of every objective of one entity, in one request. */
export function useEntitySloHistory(
  entity: Entity,
): AsyncResult<EntitySloHistory> {
  const sloApi = useApi(sloApiRef);
  const name = sloEntityName(entity);
  return useAsyncResult(
    () => sloApi.getEntityHistory(name, { days: HISTORY_DAYS }),
    `${name.kind}:${name.namespace}/${name.name}`,
  );
}
