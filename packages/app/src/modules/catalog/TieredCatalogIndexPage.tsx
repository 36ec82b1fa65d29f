import { ReactNode, useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { CatalogIndexPage } from '@backstage/plugin-catalog/alpha';
import { CatalogTable } from '@backstage/plugin-catalog';
import {
  compileTierScope,
  declaredTier,
  isInTierScope,
  readTierModel,
} from '@localplus/plugin-tiers-common';
import { withTierColumn } from '@localplus/plugin-tiers';
import { layOutColumn } from './catalogColumnLayout';
import { withTagChips } from './TagChips';
import { useCatalogTableWidth } from './useCatalogTableWidth';

/**
 * The catalog with the Tier column, opened on the repositories the tier model
 * governs (the LOCAL-PLUS systems), T0 first; other systems follow. A list
 * of another kind where no entity declares a tier (systems, groups) has no
 * Tier column.
 */
export function TieredCatalogIndexPage(props: {
  filters: ReactNode;
  pagination?: Parameters<typeof CatalogIndexPage>[0]['pagination'];
}) {
  const config = useApi(configApiRef);
  const tableWidth = useCatalogTableWidth();
  const { model, scope } = useMemo(() => {
    const tierModel = readTierModel(config);
    return {
      model: tierModel,
      scope: tierModel ? compileTierScope(tierModel) : undefined,
    };
  }, [config]);
  return (
    <CatalogIndexPage
      filters={props.filters}
      pagination={props.pagination}
      // Columns share the table's width instead of pushing Tags and the
      // actions out of view; long values wrap inside their cell.
      tableOptions={{ tableLayout: 'fixed' }}
      columns={context => {
        const columns = CatalogTable.defaultColumnsFunc(context).map(column =>
          layOutColumn(withTagChips(column), tableWidth),
        );
        // Kinds the tier model governs always have the column (so the table
        // opens sorted by tier, and keeps it while a search finds nothing);
        // other kinds when an entity listed declares a tier.
        const kind = context.filters.kind?.value?.toLocaleLowerCase('en-US');
        const tiered =
          model &&
          ((kind !== undefined && scope?.kinds.has(kind)) ||
            context.entities.some(entity => declaredTier(entity, model)));
        return tiered
          ? withTierColumn(columns, {
              inScope: scope && (entity => isInTierScope(entity, scope)),
            })
          : columns;
      }}
    />
  );
}
