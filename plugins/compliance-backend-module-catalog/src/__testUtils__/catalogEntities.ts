import type { Entity } from '@backstage/catalog-model';

const LOCATION =
  'url:https://github.com/localplus/catalog/blob/main/compliance-test.yaml';

/** Where a provider's entity says it came from (the catalog requires both). */
function managed(entity: Entity): Entity {
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        'backstage.io/managed-by-location': LOCATION,
        'backstage.io/managed-by-origin-location': LOCATION,
        ...entity.metadata.annotations,
      },
    },
  };
}

export interface ComponentFixture {
  name: string;
  type?: string;
  owner?: string | null;
  annotations?: Record<string, string>;
  tags?: string[];
  links?: Array<{ url: string; title?: string }>;
  consumesApis?: string[];
  dependsOn?: string[];
}

/** A Component as a catalog file would hold it; `owner: null` leaves spec.owner out. */
export function component(fixture: ComponentFixture): Entity {
  const { name, type = 'service', owner = 'team-loyalty' } = fixture;
  return managed({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      annotations: fixture.annotations ?? {},
      ...(fixture.tags && { tags: fixture.tags }),
      ...(fixture.links && { links: fixture.links }),
    },
    spec: {
      type,
      lifecycle: 'production',
      ...(owner !== null && { owner }),
      ...(fixture.consumesApis && { consumesApis: fixture.consumesApis }),
      ...(fixture.dependsOn && { dependsOn: fixture.dependsOn }),
    },
  });
}

export function group(name: string): Entity {
  return managed({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [] },
  });
}

export function user(name: string): Entity {
  return managed({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name },
    spec: { memberOf: [] },
  });
}

export function api(name: string): Entity {
  return managed({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'team-loyalty',
      definition: 'openapi: 3.0.0',
    },
  });
}
