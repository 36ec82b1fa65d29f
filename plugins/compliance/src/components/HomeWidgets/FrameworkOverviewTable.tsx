import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { formatRatio } from '../../format/formatRatio';
import type { FrameworkOverview, OverviewStatus } from './statusOverview';

const useStyles = makeStyles(theme => ({
  table: {
    tableLayout: 'fixed',
    width: '100%',
    '& th, & td': {
      padding: theme.spacing(0.5, 0.5),
      verticalAlign: 'top',
    },
  },
  // Headers break only at their soft hyphens: at six grid columns a figure
  // column is about 50 px wide.
  header: {
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.3,
    hyphens: 'manual',
  },
  framework: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  figure: { fontVariantNumeric: 'tabular-nums' },
  none: { color: theme.palette.text.secondary },
  failing: { color: theme.palette.error.main, fontWeight: 'bold' },
}));

/** Column headers, with soft hyphens where a narrow column may break them. */
const COLUMNS: Array<{ status: OverviewStatus; header: string }> = [
  { status: 'satisfied', header: 'Satis\u00ADfied' },
  { status: 'not-satisfied', header: 'Not satis\u00ADfied' },
  { status: 'error', header: 'Error' },
  { status: 'not-evaluated', header: 'Not eval\u00ADuated' },
];

/** Figures that need someone: a control not satisfied or in error. */
const NEEDS_ATTENTION: OverviewStatus[] = ['not-satisfied', 'error'];

/**
 * Per framework, its controls counted by status now and their average
 * coverage over the period: one row each, narrow enough for half the home
 * grid beside the pinned sidebar at 1024 px.
 */
export function FrameworkOverviewTable(props: {
  frameworks: FrameworkOverview[];
}) {
  const classes = useStyles();
  const figureClass = (status: OverviewStatus, count: number) => {
    if (count === 0) return `${classes.figure} ${classes.none}`;
    return NEEDS_ATTENTION.includes(status)
      ? `${classes.figure} ${classes.failing}`
      : classes.figure;
  };
  return (
    <Table
      size="small"
      aria-label="Controls per framework"
      className={classes.table}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.header} style={{ width: '26%' }}>
            Frame&shy;work
          </TableCell>
          {COLUMNS.map(column => (
            <TableCell
              key={column.status}
              align="right"
              className={classes.header}
              style={{ width: '13%' }}
            >
              {column.header}
            </TableCell>
          ))}
          <TableCell
            align="right"
            className={classes.header}
            style={{ width: '22%' }}
          >
            Average cover&shy;age
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.frameworks.map(framework => {
          const name = framework.version
            ? `${framework.title} (${framework.version})`
            : framework.title;
          return (
            <TableRow key={framework.id}>
              <TableCell
                component="th"
                scope="row"
                className={classes.framework}
                title={name}
              >
                {framework.title}
              </TableCell>
              {COLUMNS.map(({ status }) => (
                <TableCell
                  key={status}
                  align="right"
                  className={figureClass(status, framework.counts[status])}
                >
                  {framework.counts[status]}
                </TableCell>
              ))}
              <TableCell align="right" className={classes.figure}>
                {framework.averageCoverage === null ? (
                  <span title="No control of this framework was evaluated in the period">
                    —
                  </span>
                ) : (
                  formatRatio(framework.averageCoverage)
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
