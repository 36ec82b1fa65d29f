import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import type { EntityOnCall } from '@localplus/plugin-oncall-common';
import { AsyncResult, useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../api/onCallApiRef';
import { onCallEntityName } from './onCallEntityName';

/** Who is on call for an entity, its escalation and open pages: the card and the tab. */
export function useEntityOnCall(entity: Entity): AsyncResult<EntityOnCall> {
  const api = useApi(onCallApiRef);
  const name = onCallEntityName(entity);
  return useAsyncResult(
    () => api.getEntityOnCall(name),
    `${name.kind}:${name.namespace}/${name.name}`,
  );
}
