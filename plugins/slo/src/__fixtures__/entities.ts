import { Entity } from '@backstage/catalog-model';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';

/** A service entity, with an OpenSLO document unless `annotated` is false. */
export function serviceEntity(name: string, annotated = true): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: annotated
        ? { [OPENSLO_ANNOTATION]: `slo/${name}.openslo.yaml` }
        : {},
    },
    spec: { type: 'service', owner: 'team-ledger', lifecycle: 'production' },
  };
}
