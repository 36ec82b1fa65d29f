import { ReactNode, useMemo } from 'react';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { CatalogIndexPage } from '@backstage/plugin-catalog/alpha';
import { CatalogTable, CatalogTableRow } from '@backstage/plugin-catalog';
import { TableColumn } from '@backstage/core-components';
import {
  compileTierScope,
  declaredTier,
  isInTierScope,
  readTierModel,
} from '@localplus/plugin-tiers-common';
import { withTierColumn } from '@localplus/plugin-tiers';
import {
  CATALOG_TABLE_MIN_SCREEN_PX,
  CatalogTableWidth,
  layOutColumn,
} from './catalogColumnLayout';
import { TagChips } from './TagChips';

/** The tags column with chips that stay inside their cell. */
function withTagChips(
  column: TableColumn<CatalogTableRow>,
): TableColumn<CatalogTableRow> {
  return column.field === 'entity.metadata.tags'
    ? { ...column, render: row => <TagChips tags={row.entity.metadata.tags} /> }
    : column;
}

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
  const wide = useMediaQuery(
    `(min-width:${CATALOG_TABLE_MIN_SCREEN_PX.wide}px)`,
  );
  const medium = useMediaQuery(
    `(min-width:${CATALOG_TABLE_MIN_SCREEN_PX.medium}px)`,
  );
  let tableWidth: CatalogTableWidth = 'narrow';
  if (wide) {
    tableWidth = 'wide';
  } else if (medium) {
    tableWidth = 'medium';
  }
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
