import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  FairnessReport,
  FairnessRow,
} from '@localplus/plugin-oncall-common';
import { formatHours } from '../../format/formatDuration';
import { PersonLink } from '../PersonLink';

// Figures stay on one line ("336 h", not "336" over "h") in cells padded
// less than Backstage's, and headings wrap between words ("Night incidents
// (time off + bonus)"), so the eleven figures and the compensation they
// end with fit beside the names at 1440 px. On a narrower page the table
// scrolls sideways under the Person column, which stays in place so each
// figure keeps its name beside it. A person's name stays on one line.
const useStyles = makeStyles(theme => ({
  figure: { padding: theme.spacing(0.75, 1) },
  oneLine: { whiteSpace: 'nowrap' },
  // Opaque, in the colours of the cells beside it (headings on paper, rows
  // on the page), so the figures pass under it unseen. Its edge is a
  // shadow: a collapsed table's borders stay behind when a cell sticks.
  pinned: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    boxShadow: `inset -1px 0 0 ${theme.palette.divider}`,
  },
  // Both heading rows on paper, as the pinned Person heading beside them.
  heading: { backgroundColor: theme.palette.background.paper },
  pinnedName: { backgroundColor: theme.palette.background.default },
}));

type Column = { label: string; value: (row: FairnessRow) => string | number };

const HOURS: Column[] = [
  { label: 'On call', value: r => formatHours(r.hoursOnCall) },
  { label: 'Primary', value: r => formatHours(r.primaryHours) },
  { label: 'Secondary', value: r => formatHours(r.secondaryHours) },
  { label: 'Nights', value: r => formatHours(r.nightHours) },
  { label: 'Weekends', value: r => formatHours(r.weekendHours) },
];
const PAGES: Column[] = [
  { label: 'All', value: r => r.pages },
  { label: 'At night', value: r => r.nightPages },
  { label: 'At weekends', value: r => r.weekendPages },
];
const COMPENSATION: Column[] = [
  {
    label: 'On-call weeks (flat bonus)',
    value: r => r.compensation.onCallWeeks,
  },
  {
    label: 'Night incidents (time off + bonus)',
    value: r => r.compensation.nightIncidents,
  },
  {
    label: 'Weekend time off (1.5×)',
    value: r => formatHours(r.compensation.weekendTimeOffHours),
  },
];

/** One line per person: hours, nights, weekends, pages and what the seeds' compensation owes. */
export function FairnessTable(props: { report: FairnessReport }) {
  const classes = useStyles();
  const { rows, people } = props.report;
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nobody was on call in this period.
      </Typography>
    );
  }
  const groups = [
    { label: 'Hours', columns: HOURS },
    { label: 'Pages', columns: PAGES },
    { label: 'Compensation', columns: COMPENSATION },
  ];
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="On-call load per person">
        <TableHead>
          <TableRow>
            <TableCell
              rowSpan={2}
              className={`${classes.pinned} ${classes.heading}`}
            >
              Person
            </TableCell>
            {groups.map(group => (
              <TableCell
                key={group.label}
                colSpan={group.columns.length}
                align="center"
                scope="colgroup"
                className={classes.heading}
              >
                {group.label}
              </TableCell>
            ))}
          </TableRow>
          <TableRow>
            {groups.flatMap(group =>
              group.columns.map(column => (
                <TableCell
                  key={`${group.label}-${column.label}`}
                  align="right"
                  className={`${classes.figure} ${classes.heading}`}
                >
                  {column.label}
                </TableCell>
              )),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(row => (
            <TableRow key={row.user}>
              <TableCell
                component="th"
                scope="row"
                role="rowheader"
                className={`${classes.pinned} ${classes.pinnedName}`}
              >
                <span className={classes.oneLine}>
                  <PersonLink userRef={row.user} people={people} />
                </span>
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  {row.rotations.join(', ')}
                </Typography>
              </TableCell>
              {groups.flatMap(group =>
                group.columns.map(column => (
                  <TableCell
                    key={`${group.label}-${column.label}`}
                    align="right"
                    className={`${classes.figure} ${classes.oneLine}`}
                  >
                    {column.value(row)}
                  </TableCell>
                )),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
