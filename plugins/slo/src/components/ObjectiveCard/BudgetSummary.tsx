import { Gauge, GaugePropsGetColor } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { BUDGET_POLICY } from '@localplus/plugin-slo-common';
import { formatPercent } from '../../format/formatPercent';
import { formatBudgetTime, formatDuration } from '../../format/formatDuration';
import { SectionHeading } from '../SectionHeading';

function policyFrom(state: string): number {
  return BUDGET_POLICY.find(step => step.state === state)?.from ?? 1;
}

/**
 * The gauge is coloured by the budget policy, not by thirds: green while the
 * team may ship normally, amber when careful, red from the feature freeze.
 */
const colorByPolicy: GaugePropsGetColor = ({ palette, value }) => {
  const consumed = 1 - value / 100;
  if (consumed >= policyFrom('freeze')) {
    return palette.status.error;
  }
  if (consumed >= policyFrom('careful')) {
    return palette.status.warning;
  }
  return palette.status.ok;
};

export type BudgetSummaryProps = {
  remainingFraction: number | null;
  remainingSeconds: number | null;
  /** The whole budget as time; unknown for snapshots. */
  allowedSeconds?: number;
  consumedFraction: number | null;
};

/** "Budget remaining": the gauge, the time left and the share consumed. */
export function BudgetSummary(props: BudgetSummaryProps) {
  const { remainingFraction, remainingSeconds, allowedSeconds } = props;
  const { consumedFraction } = props;
  let timeLeft: string | undefined;
  if (remainingSeconds !== null && allowedSeconds !== undefined) {
    timeLeft = formatBudgetTime(remainingSeconds, allowedSeconds);
  } else if (remainingSeconds !== null) {
    timeLeft =
      remainingSeconds < 0
        ? `overspent by ${formatDuration(remainingSeconds)}`
        : `${formatDuration(remainingSeconds)} left`;
  }
  return (
    <Box>
      <SectionHeading>Budget remaining</SectionHeading>
      {remainingFraction === null ? (
        <Typography color="textSecondary">No budget measured yet</Typography>
      ) : (
        <>
          <Box maxWidth={180} mx="auto">
            <Gauge
              value={Math.min(Math.max(remainingFraction, 0), 1)}
              getColor={colorByPolicy}
            />
          </Box>
          <Box textAlign="center" mt={1}>
            {timeLeft && <Typography variant="body1">{timeLeft}</Typography>}
            <Typography variant="body2" color="textSecondary">
              {formatPercent(consumedFraction)} of the budget consumed
            </Typography>
          </Box>
        </>
      )}
    </Box>
  );
}
