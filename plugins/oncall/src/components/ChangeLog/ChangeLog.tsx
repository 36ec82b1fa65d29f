import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallPerson,
  OverrideChange,
} from '@localplus/plugin-oncall-common';
import { formatInstant, formatSpan } from '../../format/formatInstant';
import { personName } from '../../format/personName';

/** Who changed the schedule, when, how and why: newest first, as the backend sends it. */
export function ChangeLog(props: {
  changes?: OverrideChange[];
  error?: Error;
  people: Record<string, OnCallPerson>;
}) {
  const { changes, error, people } = props;
  if (error) {
    return (
      <ResponseErrorPanel title="Could not load the change log" error={error} />
    );
  }
  if (!changes) {
    return <Progress />;
  }
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No override was ever made on this rotation.
      </Typography>
    );
  }
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Change log">
        <TableHead>
          <TableRow>
            <TableCell>When</TableCell>
            <TableCell>Who</TableCell>
            <TableCell>Change</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map(change => {
            const o = change.override;
            return (
              <TableRow key={change.id}>
                <TableCell>{formatInstant(change.at)}</TableCell>
                <TableCell>{personName(people, change.actor)}</TableCell>
                <TableCell>
                  {change.action === 'created' ? 'Created' : 'Cancelled'}{' '}
                  {o.swapId ? 'swap' : 'override'}: {personName(people, o.user)}{' '}
                  as {o.role}, {formatSpan(o.start, o.end)}
                </TableCell>
                <TableCell>{change.reason}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
