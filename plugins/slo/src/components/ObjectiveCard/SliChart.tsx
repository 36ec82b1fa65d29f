import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SeriesPoint } from '@localplus/plugin-slo-common';
import { formatSli, formatTarget } from '../../format/formatPercent';
import { CHART_MARGIN, ChartFigure, timeAxisProps } from './ChartFigure';
import { formatPointTime, tickFormatterFor } from './timeAxis';

/**
 * The SLI per step over the window, with the target as a reference line. The
 * axis zooms on the interesting band: from a little under the worst of the
 * SLI and the target, up to 100 %.
 */
export function SliChart(props: { points: SeriesPoint[]; target: number }) {
  const { points, target } = props;
  const theme = useTheme();
  const values = points.flatMap(p => (p.value === null ? [] : [p.value]));
  const worst = Math.min(target, ...values);
  const lower = Math.max(0, worst - (1 - target));
  const belowTarget = values.filter(v => v < target).length;
  const summary = `SLI over the window against a target of ${formatTarget(
    target,
  )}: ${belowTarget} of ${values.length} steps below target`;
  return (
    <ChartFigure title="SLI over the window" summary={summary} height={220}>
      <LineChart data={points} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis {...timeAxisProps(tickFormatterFor(points))} />
        <YAxis
          domain={[lower, 1]}
          tickFormatter={v => formatSli(v, target)}
          // Wide enough for "100.000 %" whole (at 80 px its first digit
          // was cut at the chart's left edge).
          width={90}
        />
        <Tooltip
          labelFormatter={formatPointTime}
          formatter={(value: number) => [formatSli(value, target), 'SLI']}
        />
        <ReferenceLine
          y={target}
          stroke={theme.palette.status.error}
          strokeDasharray="6 3"
          label={{
            value: `Target ${formatTarget(target)}`,
            position: 'insideBottomRight',
            fontSize: 11,
            fill: theme.palette.status.error,
          }}
        />
        <Line
          type="monotone"
          dataKey="value"
          stroke={theme.palette.primary.main}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  );
}
