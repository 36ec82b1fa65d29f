import { SubvalueCell, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import type { OverviewRow } from '@localplus/plugin-slo-common';
import { formatDuration } from '../../format/formatDuration';
import { formatEntityRef } from '../../format/formatEntityRef';
import { formatSli, formatTarget } from '../../format/formatPercent';
import { PolicyStateChip } from '../PolicyStateChip';
import { FiringAlerts } from '../SloSummaryCard/FiringAlerts';
import { BudgetConsumedBar } from './BudgetConsumedBar';
import { ObjectiveCell } from './ObjectiveCell';
import { overviewRowValues } from './overviewRowValues';

/** The budget left (or overspent) as time; nothing when not measured. */
function remaining(seconds: number | null): string | null {
  if (seconds === null) {
    return null;
  }
  return seconds < 0
    ? `overspent by ${formatDuration(seconds)}`
    : `${formatDuration(seconds)} left`;
}

function SnapshotNote(props: { row: OverviewRow }) {
  return overviewRowValues(props.row).fromSnapshot ? (
    <Typography variant="caption" color="textSecondary" display="block">
      snapshot
    </Typography>
  ) : null;
}

const noWrap = { whiteSpace: 'nowrap' } as const;

const columns: TableColumn<OverviewRow>[] = [
  {
    title: 'Service',
    field: 'entityTitle',
    render: row => (
      <SubvalueCell
        value={
          <EntityRefLink entityRef={row.entityRef}>
            {row.entityTitle}
          </EntityRefLink>
        }
        subvalue={row.owner ? formatEntityRef(row.owner, 'group') : undefined}
      />
    ),
  },
  {
    title: 'SLO',
    field: 'objectiveName',
    customFilterAndSearch: (term: string, row) =>
      `${row.sloDisplayName} ${row.objectiveName} ${row.sloName}`
        .toLocaleLowerCase('en-US')
        .includes(term.toLocaleLowerCase('en-US')),
    render: row => <ObjectiveCell row={row} />,
  },
  {
    // The SLI against its target in one column, and the firing alerts
    // under the state: five columns, so that the state and the alerts stay
    // in view on a 1024 px screen.
    title: 'SLI',
    render: row => (
      <SubvalueCell
        value={
          <span style={noWrap}>
            {formatSli(overviewRowValues(row).sli, row.target)}
            <SnapshotNote row={row} />
          </span>
        }
        subvalue={
          <>
            <span style={noWrap}>target {formatTarget(row.target)}</span>{' '}
            <span style={noWrap}>over {row.windowDuration}</span>
          </>
        }
      />
    ),
  },
  {
    title: 'Budget consumed',
    width: '18%',
    render: row => {
      const values = overviewRowValues(row);
      const left = remaining(values.remainingSeconds);
      return (
        <>
          <BudgetConsumedBar consumed={values.consumedFraction} />
          {left && (
            <Typography variant="caption" color="textSecondary">
              {left}
            </Typography>
          )}
        </>
      );
    },
  },
  {
    title: 'State and alerts',
    cellStyle: noWrap,
    render: row => (
      <>
        <PolicyStateChip state={overviewRowValues(row).state} />
        <SnapshotNote row={row} />
        {row.firingAlerts.length > 0 && (
          <FiringAlerts alerts={row.firingAlerts} />
        )}
      </>
    ),
  },
];

/**
 * Every objective in the order the backend gives (most budget consumed
 * first, unmeasured last); sorting by column is off so that order stays.
 */
export function OverviewTable(props: {
  rows: OverviewRow[];
  loading: boolean;
}) {
  const { rows, loading } = props;
  return (
    <Table<OverviewRow>
      title={`Objectives by budget consumed (${rows.length})`}
      columns={columns}
      data={rows}
      isLoading={loading}
      options={{
        sorting: false,
        search: true,
        paging: rows.length > 25,
        pageSize: 25,
        padding: 'dense',
      }}
      emptyContent={
        <Typography style={{ padding: 16 }} color="textSecondary">
          No objective matches these filters.
        </Typography>
      }
    />
  );
}
