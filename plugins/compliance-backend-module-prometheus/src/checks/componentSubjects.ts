import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { listCatalogComponents } from '@localplus/plugin-compliance-node';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import { CRITICALITY_ANNOTATION } from '@localplus/plugin-tiers-common';

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
  return listCatalogComponents(
    { catalog, auth },
    ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'],
    entity => {
      const annotations = entity.metadata.annotations ?? {};
      const criticality = annotations[CRITICALITY_ANNOTATION];
      return {
        ref: stringifyEntityRef(entity),
        criticality:
          typeof criticality === 'string'
            ? criticality.trim().toUpperCase()
            : undefined,
        hasSloDocuments: Boolean(annotations[OPENSLO_ANNOTATION]),
      };
    },
  );
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
