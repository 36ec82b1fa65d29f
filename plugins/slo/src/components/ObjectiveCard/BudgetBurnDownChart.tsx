import type { SeriesPoint } from '@localplus/plugin-slo-common';
import { formatPercent } from '../../format/formatPercent';
import { RemainingBudgetChart } from './RemainingBudgetChart';
import { formatPointTime, tickFormatterFor } from './timeAxis';

/**
 * The budget left over the window, from 100 % down; the policy thresholds
 * and the exhausted (0 %) line are drawn across it.
 */
export function BudgetBurnDownChart(props: { points: SeriesPoint[] }) {
  const points = props.points.map(p => ({ t: p.t, remaining: p.value }));
  const values = points.flatMap(p =>
    p.remaining === null ? [] : [p.remaining],
  );
  const last = values[values.length - 1];
  const summary =
    last === undefined
      ? 'No budget data in the window'
      : `Budget remaining went from 100 % to ${formatPercent(
          last,
        )} over the window`;
  return (
    <RemainingBudgetChart
      title="Budget burn-down"
      summary={summary}
      height={220}
      points={points}
      cadence="step"
      tickFormatter={tickFormatterFor(points)}
      labelFormatter={formatPointTime}
    />
  );
}
