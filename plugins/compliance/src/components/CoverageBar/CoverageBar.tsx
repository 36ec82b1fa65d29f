import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ControlCoverage } from '@localplus/plugin-compliance-common';
import { formatDuration } from '../../format/formatDuration';
import { formatRatio } from '../../format/formatRatio';

const useStyles = makeStyles(theme => ({
  bar: { height: 8, borderRadius: 4, minWidth: 48 },
  good: { backgroundColor: theme.palette.success.main },
  fair: { backgroundColor: theme.palette.warning.main },
  poor: { backgroundColor: theme.palette.error.main },
}));

/** The time behind a coverage figure, for its tooltip. */
export function coverageDetail(coverage: ControlCoverage): string {
  const runs = coverage.runs === 1 ? '1 run' : `${coverage.runs} runs`;
  return [
    `Satisfied ${formatDuration(coverage.satisfiedMs)}`,
    `not satisfied ${formatDuration(coverage.notSatisfiedMs)}`,
    `error ${formatDuration(coverage.errorMs)}`,
    `not evaluated ${formatDuration(coverage.unevaluatedMs)}`,
    runs,
  ].join(' · ');
}

/**
 * A control's coverage over the period as a bar and a percentage, the time
 * behind it in the tooltip; "Not evaluated" when no run fell in the period
 * (an empty bar would read as 0%, which is a different finding).
 */
export function CoverageBar(props: { coverage: ControlCoverage }) {
  const classes = useStyles();
  const { coverage } = props;
  if (coverage.satisfiedRatio === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not evaluated
      </Typography>
    );
  }
  const ratio = Math.min(1, Math.max(0, coverage.satisfiedRatio));
  let level = classes.poor;
  if (ratio >= 0.99) {
    level = classes.good;
  } else if (ratio >= 0.9) {
    level = classes.fair;
  }
  const detail = coverageDetail(coverage);
  return (
    <Tooltip title={detail}>
      <Box
        tabIndex={0}
        aria-label={`Coverage ${formatRatio(ratio)}: ${detail}`}
      >
        <LinearProgress
          variant="determinate"
          value={ratio * 100}
          className={classes.bar}
          classes={{ bar: level }}
          aria-hidden
        />
        <Typography variant="caption">{formatRatio(ratio)}</Typography>
      </Box>
    </Tooltip>
  );
}
