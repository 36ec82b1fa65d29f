import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import {
  CheckScopeError,
  errorMessage,
} from '@localplus/plugin-compliance-node';

/** The seeds' criticality of a service, P0 (core) to P3. */
export const CRITICALITY_ANNOTATION = 'localplus.io/criticality';

/** A catalog Component as the SLO checks see it. */
export interface ComponentSubject {
  ref: string;
  /** Upper-cased (`P0`); undefined without the annotation. */
  criticality?: string;
  /** Whether it points at OpenSLO documents at all. */
  hasSloDocuments: boolean;
}

/**
 * Every Component of the catalog, read as the collector's own service. A
 * catalog that cannot be read leaves the SLO checks without subjects.
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
        ],
      },
      { credentials },
    );
    for await (const page of pages) {
      for (const entity of page) {
        const annotations = entity.metadata.annotations ?? {};
        const criticality = annotations[CRITICALITY_ANNOTATION];
        subjects.push({
          ref: stringifyEntityRef(entity),
          criticality:
            typeof criticality === 'string'
              ? criticality.trim().toUpperCase()
              : undefined,
          hasSloDocuments: Boolean(annotations[OPENSLO_ANNOTATION]),
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

/** The n/a summary of a component outside the checked criticalities, or undefined when it is in scope. */
export function outOfScope(
  component: ComponentSubject,
  criticalities: readonly string[],
): string | undefined {
  if (component.criticality && criticalities.includes(component.criticality)) {
    return undefined;
  }
  const wanted = criticalities.join(' or ');
  return component.criticality
    ? `Criticality ${component.criticality} is not ${wanted}, so no SLO is required.`
    : `No ${CRITICALITY_ANNOTATION} annotation, so it is not a ${wanted} service.`;
}
