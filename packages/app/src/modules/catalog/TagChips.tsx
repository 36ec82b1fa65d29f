import Chip from '@material-ui/core/Chip';
import type { TableColumn } from '@backstage/core-components';
import type { CatalogTableRow } from '@backstage/plugin-catalog';

/**
 * An entity's tags as the catalog table shows them, each chip no wider than
 * its cell: a long tag ("chaos-engineering") ends in an ellipsis, whole on
 * hover, instead of running under the actions beside it.
 */
export function TagChips(props: { tags?: string[] }) {
  return (
    <>
      {(props.tags ?? []).map(tag => (
        <Chip
          key={tag}
          label={tag}
          title={tag}
          size="small"
          variant="outlined"
          style={{ margin: 2, maxWidth: 'calc(100% - 4px)' }}
        />
      ))}
    </>
  );
}

/** A catalog table's tags column with chips that stay inside their cell. */
export function withTagChips(
  column: TableColumn<CatalogTableRow>,
): TableColumn<CatalogTableRow> {
  return column.field === 'entity.metadata.tags'
    ? { ...column, render: row => <TagChips tags={row.entity.metadata.tags} /> }
    : column;
}
