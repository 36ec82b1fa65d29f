import { useApi } from '@backstage/frontend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import type { EntitySloReport } from '@localplus/plugin-slo-common';
import { AsyncResult, useAsyncResult } from '@localplus/portal-react';
import { sloApiRef } from '../api/sloApiRef';
import { sloEntityName } from './sloEntityName';

/** The SLO report of one entity: what the SLOs tab and the summary card show. */
export function useEntitySloReport(
  entity: Entity,
): AsyncResult<EntitySloReport> {
  const sloApi = useApi(sloApiRef);
  const name = sloEntityName(entity);
  return useAsyncResult(
    () => sloApi.getEntityReport(name),
    `${name.kind}:${name.namespace}/${name.name}`,
  );
}
