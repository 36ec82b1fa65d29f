import type { ObjectiveSnapshot } from '@localplus/plugin-slo-common';
import { historySummary } from './objectiveHistory';
import { RemainingBudgetChart } from './RemainingBudgetChart';
import { dayToMillis, formatDay, formatDayTick } from './timeAxis';

/**
 * The remaining budget of each stored day (at least two), between the 100 %
 * and 0 % lines, with the policy thresholds drawn faintly across it. The
 * figure is named by its heading; the chart by the one-line summary under it.
 */
export function BudgetHistoryChart(props: { snapshots: ObjectiveSnapshot[] }) {
  const { snapshots } = props;
  return (
    <RemainingBudgetChart
      title="Budget history"
      summary={historySummary(snapshots)}
      height={160}
      caption
      points={snapshots.map(s => ({
        t: dayToMillis(s.day),
        remaining: s.remainingFraction,
      }))}
      cadence="daily"
      tickFormatter={formatDayTick}
      labelFormatter={formatDay}
    />
  );
}
