import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ServiceParameters } from './serviceParameters';

/** Where the golden path may place a new service, read from config. */
export interface PlacementRules {
  /** Owners must be child groups of this group (the product teams). */
  productTeamsParent: string;
  /** Systems a T3 service may join, as in the tier model. */
  systemPattern: RegExp;
}

/**
 * The checks that need the catalog: the name is free, the owner is a product
 * team, the system exists and belongs to the platform. Returns one message
 * per problem, naming the field.
 */
export async function checkAgainstCatalog(
  values: ServiceParameters,
  catalog: CatalogService,
  credentials: BackstageCredentials,
  rules: PlacementRules,
): Promise<string[]> {
  const [existing, owner, system] = await Promise.all([
    catalog.getEntities(
      {
        filter: { 'metadata.name': values.name },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    ),
    catalog.getEntityByRef(
      { kind: 'group', namespace: 'default', name: values.owner },
      { credentials },
    ),
    catalog.getEntityByRef(
      { kind: 'system', namespace: 'default', name: values.system },
      { credentials },
    ),
  ]);

  const problems: string[] = [];
  if (existing.items.length > 0) {
    const taken = existing.items[0];
    problems.push(
      `name: "${
        values.name
      }" is already taken in the catalog by ${taken.kind.toLowerCase()}:${
        taken.metadata.namespace ?? 'default'
      }/${taken.metadata.name}`,
    );
  }
  if (!owner) {
    problems.push(
      `owner: group "${values.owner}" does not exist in the catalog`,
    );
  } else if (owner.spec?.parent !== rules.productTeamsParent) {
    problems.push(
      `owner: "${values.owner}" is not a product team (services are owned by a child group of ${rules.productTeamsParent})`,
    );
  }
  if (!system) {
    problems.push(`system: "${values.system}" does not exist in the catalog`);
  } else if (!rules.systemPattern.test(values.system)) {
    problems.push(
      `system: "${values.system}" is not a LOCAL-PLUS system (expected a name matching ${rules.systemPattern.source})`,
    );
  }
  return problems;
}
