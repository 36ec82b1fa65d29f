import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ObjectiveReport } from '@localplus/plugin-slo-common';
import { formatAge } from '../../format/formatAge';
import { formatPercent, formatSli } from '../../format/formatPercent';
import { objectiveValues } from '../ObjectiveCard/objectiveValues';
import { PolicyStateChip } from '../PolicyStateChip';
import { FiringAlerts } from './FiringAlerts';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** One objective of the summary card. */
export function SloSummaryRow(props: { objective: ObjectiveReport }) {
  const { objective } = props;
  const values = objectiveValues(objective);
  const firing = (objective.measurement?.alerts ?? []).filter(a => a.firing);
  let note: string | undefined;
  if (objective.status === 'no-data') {
    note = 'No events yet';
  } else if (values.source === 'snapshot' && objective.lastSnapshot) {
    note = `Not measured: snapshot taken ${formatAge(
      objective.lastSnapshot.takenAt,
    )}`;
  } else if (objective.status === 'error') {
    note = 'Not measured';
  }
  return (
    <TableRow>
      <TableCell component="th" scope="row" role="rowheader">
        <Typography variant="body2">{objective.objectiveName}</Typography>
        <Typography variant="caption" color="textSecondary">
          {objective.sloDisplayName}
        </Typography>
        {note && (
          <Typography variant="caption" color="error" display="block">
            {note}
          </Typography>
        )}
      </TableCell>
      <TableCell align="right" style={NO_WRAP}>
        {formatSli(values.sli, objective.target)}
      </TableCell>
      <TableCell align="right" style={NO_WRAP}>
        {formatPercent(values.remainingFraction)}
      </TableCell>
      <TableCell>
        <PolicyStateChip state={values.state} />
      </TableCell>
      <TableCell style={NO_WRAP}>
        <FiringAlerts alerts={firing} />
      </TableCell>
    </TableRow>
  );
}
