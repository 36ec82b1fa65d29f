import { Entity } from '@backstage/catalog-model';
import { ADR_LOCATION_ANNOTATION } from '@localplus/plugin-adr-common';

/** A service with a decision folder unless `annotated` is false. */
export function serviceEntity(name: string, annotated = true): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: annotated ? { [ADR_LOCATION_ANNOTATION]: 'docs/adr' } : {},
    },
    spec: {
      type: 'service',
      owner: 'group:default/team-ledger',
      system: 'localplus-core',
      lifecycle: 'production',
    },
  };
}
