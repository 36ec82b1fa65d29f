import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { RotationSummary, Shift } from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import { formatInstant, formatRelative } from '../../format/formatInstant';

/** The signed-in person's shifts, soonest first, each in its rotation's terms. */
export function MyShiftsTable(props: {
  shifts: Shift[];
  rotations: Record<string, RotationSummary>;
  /** "in the next 8 weeks", for the empty sentence. */
  period: string;
}) {
  const shifts = [...props.shifts].sort((a, b) =>
    a.start.localeCompare(b.start),
  );
  if (shifts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        You have no on-call shift {props.period}.
      </Typography>
    );
  }
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="My shifts">
        <TableHead>
          <TableRow>
            <TableCell>Starts</TableCell>
            <TableCell>Ends</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>Rotation</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shifts.map(shift => {
            const rotation = props.rotations[shift.rotation];
            const zone = rotation?.timeZone;
            return (
              <TableRow key={`${shift.rotation}-${shift.role}-${shift.start}`}>
                <TableCell component="th" scope="row" role="rowheader">
                  {formatInstant(shift.start, zone)}
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    {DateTime.fromISO(shift.start) <= DateTime.now()
                      ? 'under way'
                      : formatRelative(shift.start)}
                  </Typography>
                </TableCell>
                <TableCell>{formatInstant(shift.end, zone)}</TableCell>
                <TableCell>
                  {shift.role === 'primary' ? 'Primary' : 'Secondary'}
                  {shift.overrideId ? ' (override)' : ''}
                </TableCell>
                <TableCell>{rotation?.title ?? shift.rotation}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
