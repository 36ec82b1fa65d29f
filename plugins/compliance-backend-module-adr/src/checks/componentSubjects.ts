import type { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { listCatalogComponents } from '@localplus/plugin-compliance-node';
import type { TierIds } from '@localplus/plugin-tiers-common';
import { levelNamed } from '../levelNamed';

/** A catalog Component as the decision check sees it. */
export interface ComponentSubject {
  ref: string;
  name: string;
  /** The tier model's level its annotation names, in any case (`t1` is `T1`). */
  tier?: string;
  /** The annotation's value (trimmed), when it has one. */
  declared?: string;
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
 * Every Component of the catalog, read as the collector's own service, with
 * its tier read from the tier model's annotation (none without a model). A
 * catalog that cannot be read leaves the check without subjects.
 */
export async function listComponentSubjects(
  catalog: CatalogService,
  auth: AuthService,
  tierModel: TierIds | undefined,
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
      const value =
        tierModel && entity.metadata.annotations?.[tierModel.annotation];
      const declared =
        typeof value === 'string' && value.trim() ? value.trim() : undefined;
      return {
        ref: stringifyEntityRef(entity),
        name: entity.metadata.name,
        tier: declared && tierModel && levelNamed(tierModel.levels, declared),
        declared,
        systemRef: systemRefOf(
          entity.spec?.system,
          entity.metadata.namespace ?? 'default',
        ),
      };
    },
  );
}
