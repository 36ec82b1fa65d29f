import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, useTheme } from '@material-ui/core/styles';
import type {
  ControlDetailResponse,
  StatusCounts,
} from '@localplus/plugin-compliance-common';
import { formatInstant } from '../../format/formatInstant';
import { statusName } from '../../format/statusNames';
import { statusColour, StatusChip } from '../StatusChip';
import { historySegments } from './historySegments';

const useStyles = makeStyles(theme => ({
  strip: {
    display: 'flex',
    height: 24,
    gap: 1,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    overflow: 'hidden',
    borderRadius: theme.shape.borderRadius,
  },
  cell: { flex: '1 1 0', minWidth: 2 },
  segments: { listStyle: 'none', margin: 0, padding: 0 },
  segment: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

function countsText(counts: StatusCounts): string {
  return (Object.keys(counts) as Array<keyof StatusCounts>)
    .filter(status => counts[status] > 0)
    .map(
      status => `${counts[status]} ${statusName(status).toLocaleLowerCase()}`,
    )
    .join(', ');
}

/**
 * The control's status at every run of the period: a strip of coloured
 * cells, oldest on the left, each naming its run in a tooltip, then the
 * changes of status in words, newest first.
 */
export function ControlHistory(props: {
  history: ControlDetailResponse['history'];
}) {
  const classes = useStyles();
  const theme = useTheme();
  if (props.history.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No evaluation ran in this period.
      </Typography>
    );
  }
  const runs = [...props.history].sort((a, b) =>
    a.evaluatedAt.localeCompare(b.evaluatedAt),
  );
  return (
    <Box>
      <ul className={classes.strip} aria-label="Status per run">
        {runs.map(run => {
          const label = `${formatInstant(run.evaluatedAt)}: ${statusName(
            run.status,
          )} (${countsText(run.counts)})`;
          return (
            <Tooltip key={run.runId} title={label}>
              <li
                className={classes.cell}
                aria-label={label}
                data-status={run.status}
                style={{ backgroundColor: statusColour(theme, run.status) }}
              />
            </Tooltip>
          );
        })}
      </ul>
      <Box display="flex" justifyContent="space-between" mt={0.5}>
        <Typography variant="caption" color="textSecondary">
          {formatInstant(runs[0].evaluatedAt)}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {formatInstant(runs[runs.length - 1].evaluatedAt)}
        </Typography>
      </Box>
      <ul className={classes.segments} aria-label="Changes of status">
        {historySegments(runs).map(segment => (
          <li key={segment.since} className={classes.segment}>
            <StatusChip status={segment.status} />
            <Typography variant="body2" component="span">
              {segment.until
                ? `${formatInstant(segment.since)} – ${formatInstant(
                    segment.until,
                  )}`
                : `since ${formatInstant(segment.since)}`}
              {` · ${segment.runs === 1 ? '1 run' : `${segment.runs} runs`}`}
              {` · ${countsText(segment.counts)}`}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}
