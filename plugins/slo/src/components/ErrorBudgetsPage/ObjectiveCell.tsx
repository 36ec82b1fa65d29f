import Typography from '@material-ui/core/Typography';
import type { OverviewRow } from '@localplus/plugin-slo-common';
import { formatAge } from '../../format/formatAge';

/** The SLO and objective of a row, with why it could not be measured when it could not. */
export function ObjectiveCell(props: { row: OverviewRow }) {
  const { row } = props;
  let problem: string | undefined;
  if (row.status === 'error') {
    const cause = (row.error ?? 'Could not be measured').replace(/\.+$/, '');
    problem = row.lastSnapshot
      ? `${cause}. Snapshot of ${row.lastSnapshot.day}, taken ${formatAge(
          row.lastSnapshot.takenAt,
        )}.`
      : `${cause}. No snapshot yet.`;
  } else if (row.status === 'no-data') {
    problem = 'No events in the window yet.';
  }
  return (
    <>
      <Typography variant="body2">{row.sloDisplayName}</Typography>
      <Typography variant="caption" color="textSecondary" display="block">
        {row.objectiveName}
      </Typography>
      {problem && (
        <Typography
          variant="caption"
          color={row.status === 'error' ? 'error' : 'textSecondary'}
          display="block"
        >
          {problem}
        </Typography>
      )}
    </>
  );
}
