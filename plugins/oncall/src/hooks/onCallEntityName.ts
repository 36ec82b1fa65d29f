import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import type { OnCallEntityName } from '../api/OnCallApi';

/** The entity as the on-call routes address it: kind and namespace in lower case. */
export function onCallEntityName(entity: Entity): OnCallEntityName {
  const ref = getCompoundEntityRef(entity);
  return {
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace.toLocaleLowerCase('en-US'),
    name: ref.name,
  };
}
