import type { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CheckScopeError,
  errorMessage,
} from '@localplus/plugin-compliance-node';

/** The tier model's annotation, T0 (most critical) to T5. */
export const TIER_ANNOTATION = 'localplus.io/tier';

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
  const subjects: ComponentSubject[] = [];
  try {
    const credentials = await auth.getOwnServiceCredentials();
    const pages = catalog.streamEntities(
      {
        filter: { kind: 'Component' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
          'spec.system',
        ],
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        const tier = entity.metadata.annotations?.[TIER_ANNOTATION];
        subjects.push({
          ref: stringifyEntityRef(entity),
          name: entity.metadata.name,
          tier:
            typeof tier === 'string' ? tier.trim().toUpperCase() : undefined,
          systemRef: systemRefOf(
            entity.spec?.system,
            entity.metadata.namespace ?? 'default',
          ),
        });
      }
    }
  } catch (error) {
    throw new CheckScopeError(
      'catalog:components',
      `Could not list the catalog's components: ${errorMessage(error)}`,
    );
  }
  return subjects.sort((a, b) => a.ref.localeCompare(b.ref));
}
