import { useTheme } from '@material-ui/core/styles';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ObjectiveSnapshot } from '@localplus/plugin-slo-common';
import { formatPercent } from '../../format/formatPercent';
import { CHART_MARGIN, ChartFigure, timeAxisProps } from './ChartFigure';
import { historySummary } from './objectiveHistory';
import { POLICY_LINES } from './policyLines';
import { dayToMillis, formatDay, formatDayTick } from './timeAxis';

/**
 * The remaining budget of each stored day (at least two), between the 100 %
 * and 0 % lines, with the policy thresholds drawn faintly across it. The
 * figure is named by its heading; the chart by the one-line summary under it.
 */
export function BudgetHistoryChart(props: { snapshots: ObjectiveSnapshot[] }) {
  const { snapshots } = props;
  const theme = useTheme();
  const data = snapshots.map(s => ({
    t: dayToMillis(s.day),
    remaining: s.remainingFraction === null ? null : s.remainingFraction * 100,
  }));
  const values = data.flatMap(d => (d.remaining === null ? [] : [d.remaining]));
  const lowest = Math.floor(Math.min(0, ...values) / 10) * 10;
  const highest = Math.ceil(Math.max(100, ...values) / 10) * 10;
  const faint = theme.palette.text.secondary;
  return (
    <ChartFigure
      title="Budget history"
      summary={historySummary(snapshots)}
      height={160}
      caption
    >
      <AreaChart data={data} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...timeAxisProps(formatDayTick)} />
        <YAxis
          domain={[lowest, highest]}
          ticks={[lowest, 50, highest].filter(
            (tick, i, all) => all.indexOf(tick) === i,
          )}
          tickFormatter={v => `${v} %`}
          width={56}
        />
        <Tooltip
          labelFormatter={formatDay}
          formatter={(value: number) => [
            formatPercent(value / 100, 1),
            'Budget remaining',
          ]}
        />
        <ReferenceLine y={100} stroke={faint} strokeOpacity={0.6} />
        {POLICY_LINES.map(line => (
          <ReferenceLine
            key={line.label}
            y={line.remaining}
            stroke={faint}
            strokeDasharray="2 4"
            strokeOpacity={0.6}
          />
        ))}
        <ReferenceLine y={0} stroke={theme.palette.status.error} />
        <Area
          type="linear"
          dataKey="remaining"
          stroke={theme.palette.primary.main}
          fill={theme.palette.primary.main}
          fillOpacity={0.15}
          dot={{ r: 2 }}
          connectNulls
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartFigure>
  );
}
