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
import type { SeriesPoint } from '@localplus/plugin-slo-common';
import { formatPercent } from '../../format/formatPercent';
import { CHART_MARGIN, ChartFigure, timeAxisProps } from './ChartFigure';
import { POLICY_LINES } from './policyLines';
import { formatPointTime, formatTick } from './timeAxis';

/**
 * The budget left over the window, from 100 % down; the policy thresholds
 * and the exhausted (0 %) line are drawn across it.
 */
export function BudgetBurnDownChart(props: { points: SeriesPoint[] }) {
  const theme = useTheme();
  const data = props.points.map(p => ({
    t: p.t,
    remaining: p.value === null ? null : p.value * 100,
  }));
  const values = data.flatMap(d => (d.remaining === null ? [] : [d.remaining]));
  const lowest = Math.min(0, ...values);
  const last = values[values.length - 1];
  const summary =
    last === undefined
      ? 'No budget data in the window'
      : `Budget remaining went from 100 % to ${formatPercent(
          last / 100,
        )} over the window`;
  return (
    <ChartFigure title="Budget burn-down" summary={summary} height={220}>
      <AreaChart data={data} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis {...timeAxisProps(formatTick)} />
        <YAxis
          domain={[Math.floor(lowest / 10) * 10, 100]}
          tickFormatter={v => `${v} %`}
          width={56}
        />
        <Tooltip
          labelFormatter={formatPointTime}
          formatter={(value: number) => [
            formatPercent(value / 100, 1),
            'Budget remaining',
          ]}
        />
        {POLICY_LINES.map(line => (
          <ReferenceLine
            key={line.label}
            y={line.remaining}
            stroke={theme.palette.text.secondary}
            strokeDasharray="2 4"
            label={{
              value: line.label,
              position: 'insideTopRight',
              fontSize: 11,
              fill: theme.palette.text.secondary,
            }}
          />
        ))}
        <ReferenceLine y={0} stroke={theme.palette.status.error} />
        <Area
          type="monotone"
          dataKey="remaining"
          stroke={theme.palette.primary.main}
          fill={theme.palette.primary.main}
          fillOpacity={0.15}
          connectNulls
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartFigure>
  );
}
