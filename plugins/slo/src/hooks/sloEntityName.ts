import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import type { SloEntityName } from '@localplus/plugin-slo-common';

/** The entity as the SLO routes address it: kind and namespace in lower case, as in portal URLs. */
export function sloEntityName(entity: Entity): SloEntityName {
  const ref = getCompoundEntityRef(entity);
  return {
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace.toLocaleLowerCase('en-US'),
    name: ref.name,
  };
}
