import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { budgetPolicyState } from '@localplus/plugin-slo-common';
import { NO_VALUE, formatPercent } from '../../format/formatPercent';
import { POLICY_PRESENTATION } from '../../policy/policyPresentation';

const useStyles = makeStyles(theme => ({
  bar: { flex: 1, height: 8, borderRadius: 4 },
  // `&&` beats MUI's primary bar colour whatever the style sheet order.
  ok: { '&&': { backgroundColor: theme.palette.status.ok } },
  warning: { '&&': { backgroundColor: theme.palette.status.warning } },
  error: { '&&': { backgroundColor: theme.palette.status.error } },
  critical: {
    '&&': {
      backgroundColor: theme.palette.type === 'dark' ? '#ff5252' : '#8b0000',
    },
  },
  unknown: { '&&': { backgroundColor: theme.palette.grey[500] } },
  track: { '&&': { backgroundColor: theme.palette.action.hover } },
  value: { minWidth: 48, textAlign: 'right', whiteSpace: 'nowrap' },
}));

/** The share of the budget consumed as a bar coloured by the policy state it puts the team in. */
export function BudgetConsumedBar(props: { consumed: number | null }) {
  const { consumed } = props;
  const classes = useStyles();
  if (consumed === null) {
    return <Typography variant="body2">{NO_VALUE}</Typography>;
  }
  const tone = POLICY_PRESENTATION[budgetPolicyState(consumed)].tone;
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(Math.max(consumed, 0), 1) * 100}
        aria-label="Budget consumed"
        classes={{
          root: `${classes.bar} ${classes.track}`,
          bar: classes[tone],
        }}
      />
      <Typography variant="body2" className={classes.value}>
        {formatPercent(consumed)}
      </Typography>
    </Box>
  );
}
