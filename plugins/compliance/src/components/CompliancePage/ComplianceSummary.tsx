import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ControlSummary,
  EvaluationRun,
} from '@localplus/plugin-compliance-common';
import { formatInstant } from '../../format/formatInstant';
import { ShownStatus, statusName } from '../../format/statusNames';
import type { LedgerState } from '../TamperBanner';

const useStyles = makeStyles(theme => ({
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  figure: {
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(1, 2),
    minWidth: 120,
  },
  broken: { color: theme.palette.error.main },
}));

const SHOWN: ShownStatus[] = [
  'satisfied',
  'not-satisfied',
  'error',
  'not-applicable',
  'not-evaluated',
];

function ledgerText(ledger: LedgerState): string {
  if (!ledger.ok) {
    return ledger.firstBroken
      ? `Broken at record #${ledger.firstBroken.sequence}`
      : 'Broken';
  }
  return ledger.headSequence > 0
    ? `Verified, ${ledger.headSequence} records`
    : 'Verified, empty';
}

function runText(run: EvaluationRun | undefined): string {
  if (!run) {
    return 'No run yet';
  }
  if (run.status === 'running') {
    return `Running since ${formatInstant(run.startedAt)}`;
  }
  const when = formatInstant(run.finishedAt ?? run.startedAt);
  return run.status === 'failed' ? `Failed ${when}` : when;
}

/**
 * The controls in view counted by status now, the ledger's verdict and
 * the latest evaluation run: the page's answer in one line.
 */
export function ComplianceSummary(props: {
  controls: ControlSummary[];
  ledger: LedgerState;
  latestRun?: EvaluationRun;
}) {
  const classes = useStyles();
  const count = (status: ShownStatus) =>
    props.controls.filter(c => c.status === status).length;
  return (
    <Box component="section" aria-label="Summary" mb={2}>
      <ul className={classes.figures}>
        {SHOWN.map(status => (
          <li key={status} className={classes.figure} data-summary={status}>
            <Typography variant="h5" component="p">
              {count(status)}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {statusName(status)}
            </Typography>
          </li>
        ))}
        <li className={classes.figure} data-summary="ledger">
          <Typography
            variant="body1"
            component="p"
            className={props.ledger.ok ? undefined : classes.broken}
          >
            {ledgerText(props.ledger)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Evidence ledger
          </Typography>
        </li>
        <li className={classes.figure} data-summary="latest-run">
          <Typography variant="body1" component="p">
            {runText(props.latestRun)}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Latest evaluation
          </Typography>
        </li>
      </ul>
    </Box>
  );
}
