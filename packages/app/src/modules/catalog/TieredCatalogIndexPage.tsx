import { ReactNode, useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { CatalogIndexPage } from '@backstage/plugin-catalog/alpha';
import { CatalogTable, CatalogTableRow } from '@backstage/plugin-catalog';
import { TableColumn } from '@backstage/core-components';
import {
  compileTierScope,
  isInTierScope,
  readTierModel,
} from '@localplus/plugin-tiers-common';
import { withTierColumn } from '@localplus/plugin-tiers';

// Lifecycle has its own filter in the sidebar, and descriptions only fit as a
// few truncated words: both stay searchable but hidden, so the table fits the
// screen with Tags and Actions in view.
const HIDDEN_COLUMN_FIELDS = new Set([
  'entity.spec.lifecycle',
  'entity.metadata.description',
]);

// Shares of the table's width (fixed layout); the actions take the rest.
const COLUMN_WIDTHS: Record<string, string> = {
  'resolved.entityRef': '20%',
  'entity.metadata.annotations.localplus.io/tier': '15%',
  'resolved.partOfSystemRelationTitle': '15%',
  'resolved.ownedByRelationsTitle': '12%',
  'entity.spec.type': '13%',
  'entity.metadata.tags': '14%',
};

/** Hides the columns above; cells wrap between words. */
function compact(column: TableColumn<CatalogTableRow>) {
  const width = COLUMN_WIDTHS[String(column.field)];
  return {
    ...column,
    ...(width && { width }),
    hidden: column.hidden || HIDDEN_COLUMN_FIELDS.has(String(column.field)),
    cellStyle: {
      wordBreak: 'normal' as const,
      // Only a word longer than its cell breaks, at the cell's edge.
      overflowWrap: 'break-word' as const,
      ...(typeof column.cellStyle === 'object' ? column.cellStyle : {}),
    },
  };
}

/**
 * The catalog with the Tier column, opened on the repositories the tier model
 * governs (the LOCAL-PLUS systems), T0 first; other systems follow.
 */
export function TieredCatalogIndexPage(props: {
  filters: ReactNode;
  pagination?: Parameters<typeof CatalogIndexPage>[0]['pagination'];
}) {
  const config = useApi(configApiRef);
  const scope = useMemo(() => {
    const model = readTierModel(config);
    return model ? compileTierScope(model) : undefined;
  }, [config]);
  return (
    <CatalogIndexPage
      filters={props.filters}
      pagination={props.pagination}
      // Columns share the table's width instead of pushing Tags and the
      // actions out of view; long values wrap inside their cell.
      tableOptions={{ tableLayout: 'fixed' }}
      columns={context =>
        withTierColumn(CatalogTable.defaultColumnsFunc(context).map(compact), {
          inScope: scope && (entity => isInTierScope(entity, scope)),
        })
      }
    />
  );
}
