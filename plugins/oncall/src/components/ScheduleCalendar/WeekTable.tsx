import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type {
  OnCallPerson,
  OnCallRole,
  Shift,
} from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import { DISPLAY_LOCALE } from '../../format/formatInstant';
import { DayCell } from './DayCell';
import { daySegments } from './daySegments';

const ROLE_LABELS: Record<OnCallRole, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
};

const useStyles = makeStyles(theme => ({
  table: { tableLayout: 'fixed', minWidth: 640 },
  roleColumn: { width: 96 },
  cell: {
    verticalAlign: 'top',
    padding: theme.spacing(0.5),
    borderLeft: `1px solid ${theme.palette.divider}`,
  },
  today: { backgroundColor: theme.palette.action.selected },
  todayHeading: { fontWeight: theme.typography.fontWeightBold as number },
  otherMonth: { opacity: 0.55 },
}));

/** One week of the final schedule: a column per day, a row per role. */
export function WeekTable(props: {
  monday: DateTime;
  roles: OnCallRole[];
  shifts: Shift[];
  people: Record<string, OnCallPerson>;
  /** In month view, the month shown: days of other months are dimmed. */
  month?: number;
}) {
  const classes = useStyles();
  const today = DateTime.now().toISODate();
  const days = Array.from({ length: 7 }, (_, i) =>
    props.monday.plus({ days: i }).setLocale(DISPLAY_LOCALE),
  );
  const dayClass = (day: DateTime) =>
    [
      classes.cell,
      day.toISODate() === today ? classes.today : '',
      props.month && day.month !== props.month ? classes.otherMonth : '',
    ].join(' ');
  return (
    <Table
      size="small"
      className={classes.table}
      aria-label={`On-call schedule, week of ${days[0].toFormat('d LLL yyyy')}`}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.roleColumn}>Role</TableCell>
          {days.map(day => {
            const isToday = day.toISODate() === today;
            return (
              <TableCell
                key={day.toISODate()}
                className={`${dayClass(day)} ${
                  isToday ? classes.todayHeading : ''
                }`}
                aria-current={isToday ? 'date' : undefined}
              >
                {day.toFormat('ccc d LLL')}
                {isToday && ' · Today'}
              </TableCell>
            );
          })}
        </TableRow>
      </TableHead>
      <TableBody>
        {props.roles.map(role => (
          <TableRow key={role}>
            <TableCell
              component="th"
              scope="row"
              role="rowheader"
              className={classes.cell}
            >
              {ROLE_LABELS[role]}
            </TableCell>
            {days.map(day => (
              <TableCell key={day.toISODate()} className={dayClass(day)}>
                <DayCell
                  segments={daySegments(props.shifts, role, day)}
                  people={props.people}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
