import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallPerson,
  ScheduleOverride,
} from '@localplus/plugin-oncall-common';
import { useState } from 'react';
import { formatSpan } from '../../format/formatInstant';
import { personName } from '../../format/personName';
import { PersonLink } from '../PersonLink';
import { CancelOverrideDialog } from './CancelOverrideDialog';

function describe(o: ScheduleOverride, people: Record<string, OnCallPerson>) {
  const replaces = o.replaces
    ? ` instead of ${personName(people, o.replaces)}`
    : '';
  return `${personName(people, o.user)} as ${o.role}${replaces}, ${formatSpan(
    o.start,
    o.end,
  )}.`;
}

/** The overrides in force over the period shown, each with Cancel when allowed. */
export function ActiveOverrides(props: {
  overrides: ScheduleOverride[];
  people: Record<string, OnCallPerson>;
  canCancel: boolean;
  onCancelled: () => void;
}) {
  const { overrides, people } = props;
  const [cancelling, setCancelling] = useState<ScheduleOverride>();
  if (overrides.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No override in the period shown.
      </Typography>
    );
  }
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Overrides in the period shown">
        <TableHead>
          <TableRow>
            <TableCell>Who</TableCell>
            <TableCell>Role</TableCell>
            <TableCell>When</TableCell>
            <TableCell>Reason</TableCell>
            <TableCell>Made by</TableCell>
            {props.canCancel && <TableCell>Action</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {overrides.map(o => (
            <TableRow key={o.id}>
              <TableCell component="th" scope="row" role="rowheader">
                <PersonLink userRef={o.user} people={people} />
                {o.replaces && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    instead of {personName(people, o.replaces)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {o.role}
                {o.swapId ? ' (swap)' : ''}
              </TableCell>
              <TableCell>{formatSpan(o.start, o.end)}</TableCell>
              <TableCell>{o.reason}</TableCell>
              <TableCell>{personName(people, o.createdBy)}</TableCell>
              {props.canCancel && (
                <TableCell>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => setCancelling(o)}
                  >
                    Cancel
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {cancelling && (
        <CancelOverrideDialog
          override={cancelling}
          description={describe(cancelling, people)}
          onClose={() => setCancelling(undefined)}
          onCancelled={() => {
            setCancelling(undefined);
            props.onCancelled();
          }}
        />
      )}
    </Box>
  );
}
