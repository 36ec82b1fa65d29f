import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { PAGE_SIZES } from '../../decisions/paging';
import { useDecisionPath } from '../../hooks/useDecisionPath';
import { DecisionRow } from './DecisionRow';

const useStyles = makeStyles(theme => ({
  // Tighter than Material's default cells, so every column fits beside a
  // pinned sidebar on a 1024 px screen.
  table: {
    '& th, & td': { padding: theme.spacing(0.75, 1) },
    '& thead th': { whiteSpace: 'nowrap' },
    '& tbody td, & tbody th': { verticalAlign: 'top' },
  },
  progress: { height: 2 },
}));

export type DecisionPaging = {
  total: number;
  offset: number;
  limit: number;
  onOffsetChange: (offset: number) => void;
  onLimitChange: (limit: number) => void;
};

/**
 * A page of decisions with the backend's paging: the rows shown, how many
 * match in all, and the controls to move through them.
 */
export function DecisionTable(props: {
  decisions: DecisionSummary[];
  paging: DecisionPaging;
  /** The organisation-wide log names each decision's entity; an entity's tab does not. */
  showEntity: boolean;
  /** A reload is running: the rows shown are the previous answer. */
  loading?: boolean;
  label: string;
}) {
  const { decisions, paging, showEntity } = props;
  const classes = useStyles();
  const pathOf = useDecisionPath();
  const headings = ['No.', 'Decision', 'Status', 'Date'];
  if (showEntity) {
    headings.push('Entity');
  }
  return (
    <Box>
      <Box className={classes.progress}>
        {props.loading && <LinearProgress aria-label="Loading decisions" />}
      </Box>
      <Table size="small" aria-label={props.label} className={classes.table}>
        <TableHead>
          <TableRow>
            {headings.map(heading => (
              <TableCell key={heading}>{heading}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {decisions.map(decision => (
            <DecisionRow
              key={decision.id}
              decision={decision}
              to={pathOf(decision.id)}
              showEntity={showEntity}
            />
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={paging.total}
        page={Math.floor(paging.offset / paging.limit)}
        rowsPerPage={paging.limit}
        rowsPerPageOptions={PAGE_SIZES}
        labelRowsPerPage="Decisions per page:"
        onPageChange={(_event, page) =>
          paging.onOffsetChange(page * paging.limit)
        }
        onRowsPerPageChange={event =>
          paging.onLimitChange(Number(event.target.value))
        }
      />
    </Box>
  );
}
