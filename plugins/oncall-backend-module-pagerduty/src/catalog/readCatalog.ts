import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PAGERDUTY_SERVICE_ANNOTATION,
  type RotationProblem,
} from '@localplus/plugin-oncall-common';

/** A component that names PagerDuty services in its annotation. */
export interface MappedComponent {
  ref: string;
  /** The owner's full ref (`group:default/viridial-infra-team`). */
  owner: string;
  /** The PagerDuty service ids of the annotation, in its order, without duplicates. */
  serviceIds: string[];
}

const SERVICE_ID = /^[A-Za-z0-9]{1,32}$/;
const ANNOTATION_FIELD = `metadata.annotations["${PAGERDUTY_SERVICE_ANNOTATION}"]`;

function ownerRef(entity: Entity): string | undefined {
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(owner.trim().toLowerCase(), {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The components whose `pagerduty.com/service-id` annotation lists PagerDuty
 * services (comma-separated: one component may answer for several), and a
 * problem for each annotation that cannot be used.
 */
export async function readMappedComponents(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<{ components: MappedComponent[]; problems: RotationProblem[] }> {
  // Only the annotated components: the catalog filters, so a large catalog
  // with few mapped components is not read whole at every refresh.
  const { items } = await catalog.getEntities(
    {
      filter: {
        kind: 'Component',
        [`metadata.annotations.${PAGERDUTY_SERVICE_ANNOTATION}`]:
          CATALOG_FILTER_EXISTS,
      },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.annotations',
        'spec.owner',
      ],
    },
    { credentials },
  );
  const components: MappedComponent[] = [];
  const problems: RotationProblem[] = [];
  for (const entity of items) {
    const annotation =
      entity.metadata.annotations?.[PAGERDUTY_SERVICE_ANNOTATION];
    if (annotation === undefined) {
      continue;
    }
    const ref = stringifyEntityRef(entity);
    const problem = (message: string) =>
      problems.push({
        entityRef: ref,
        source: PAGERDUTY_SERVICE_ANNOTATION,
        field: ANNOTATION_FIELD,
        message,
      });
    const ids = annotation
      .split(',')
      .map(id => id.trim())
      .filter(id => id !== '');
    const invalid = ids.filter(id => !SERVICE_ID.test(id));
    if (invalid.length > 0 || ids.length === 0) {
      problem(
        `${PAGERDUTY_SERVICE_ANNOTATION} must list PagerDuty service ids separated by commas (such as PIJ90N7, PX2ABCD)${
          invalid.length > 0
            ? `; not ids: ${invalid
                .slice(0, 5)
                .map(id => JSON.stringify(id.slice(0, 40)))
                .join(', ')}`
            : ''
        }`,
      );
    }
    const owner = ownerRef(entity);
    if (!owner) {
      problem(
        'the component has no usable spec.owner to own its PagerDuty rotation',
      );
      continue;
    }
    const serviceIds = [...new Set(ids.filter(id => SERVICE_ID.test(id)))];
    if (serviceIds.length > 0) {
      components.push({ ref, owner, serviceIds });
    }
  }
  components.sort((a, b) => a.ref.localeCompare(b.ref));
  return { components, problems };
}

/** Catalog users by lowercased `spec.profile.email`; the first user keeps a shared address. */
export async function readCatalogUsersByEmail(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Map<string, string>> {
  const { items } = await catalog.getEntities(
    {
      filter: { kind: 'User' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.profile.email',
      ],
    },
    { credentials },
  );
  const byEmail = new Map<string, string>();
  const refs = items
    .map(entity => ({
      ref: stringifyEntityRef(entity),
      email: (entity.spec as { profile?: { email?: unknown } } | undefined)
        ?.profile?.email,
    }))
    .sort((a, b) => a.ref.localeCompare(b.ref));
  for (const { ref, email } of refs) {
    if (typeof email === 'string' && email.trim() !== '') {
      const key = email.trim().toLowerCase();
      if (!byEmail.has(key)) byEmail.set(key, ref);
    }
  }
  return byEmail;
}
