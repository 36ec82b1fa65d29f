import type { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { listCatalogComponents } from '@localplus/plugin-compliance-node';
import { DEFAULT_TIER_ANNOTATION } from '@localplus/plugin-tiers-common';

/** A catalog Component as the decision check sees it. */
export interface ComponentSubject {
  ref: string;
  name: string;
  /** Upper-cased (`T0`); undefined without the annotation. */
  tier?: string;
  /** Its system's entity ref, when it names one. */
  systemRef?: string;
}

function systemRefOf(system: unknown, namespace: string): string | undefined {
  if (typeof system !== 'string' || !system) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(system, {
        defaultKind: 'system',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    // A malformed system is the catalog's problem; the component just has none.
    return undefined;
  }
}

/**
 * Every Component of the catalog, read as the collector's own service. A
 * catalog that cannot be read leaves the check without subjects.
 */
export async function listComponentSubjects(
  catalog: CatalogService,
  auth: AuthService,
): Promise<ComponentSubject[]> {
  return listCatalogComponents(
    { catalog, auth },
    [
      'kind',
      'metadata.name',
      'metadata.namespace',
      'metadata.annotations',
      'spec.system',
    ],
    entity => {
      const tier = entity.metadata.annotations?.[DEFAULT_TIER_ANNOTATION];
      return {
        ref: stringifyEntityRef(entity),
        name: entity.metadata.name,
        tier: typeof tier === 'string' ? tier.trim().toUpperCase() : undefined,
        systemRef: systemRefOf(
          entity.spec?.system,
          entity.metadata.namespace ?? 'default',
        ),
      };
    },
  );
}
