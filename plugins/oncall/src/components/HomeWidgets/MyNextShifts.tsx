import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Shift } from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import { formatRelative, formatSpan } from '../../format/formatInstant';
import { MY_SHIFTS_WEEKS } from './useOnCallForMe';

const SHOWN = 4;

/** The person's next shifts, soonest first: when, which role, which rotation. */
export function MyNextShifts(props: { shifts: Shift[] }) {
  if (props.shifts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        You have no on-call shift in the next {MY_SHIFTS_WEEKS} weeks.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="My next shifts">
      {props.shifts.slice(0, SHOWN).map(shift => (
        <ListItem
          key={`${shift.rotation}-${shift.role}-${shift.start}`}
          disableGutters
        >
          <ListItemText
            primary={`${shift.role === 'primary' ? 'Primary' : 'Secondary'}, ${
              DateTime.fromISO(shift.start) <= DateTime.now()
                ? 'now'
                : formatRelative(shift.start)
            }`}
            secondary={`${formatSpan(shift.start, shift.end)} · ${
              shift.rotation
            }`}
          />
        </ListItem>
      ))}
    </List>
  );
}
