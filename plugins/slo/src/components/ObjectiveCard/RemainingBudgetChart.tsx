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
import { formatPercent } from '../../format/formatPercent';
import { CHART_MARGIN, ChartFigure, timeAxisProps } from './ChartFigure';
import { POLICY_LINES } from './policyLines';

/** The budget left at a time: epoch milliseconds and a fraction, null where unknown. */
export type RemainingBudgetPoint = { t: number; remaining: number | null };

/**
 * The budget left over time, as a percentage area over the policy thresholds
 * and the exhausted (0 %) line. Points `step` by step over the window draw a
 * smooth area under labelled thresholds; `daily` points are dots joined by
 * straight lines between a 100 % line and faint, unlabelled thresholds.
 */
export function RemainingBudgetChart(props: {
  title: string;
  summary: string;
  height: number;
  caption?: boolean;
  points: RemainingBudgetPoint[];
  cadence: 'step' | 'daily';
  tickFormatter: (t: number) => string;
  labelFormatter: (t: unknown) => string;
}) {
  const { points, cadence } = props;
  const daily = cadence === 'daily';
  const theme = useTheme();
  const faint = theme.palette.text.secondary;
  const data = points.map(p => ({
    t: p.t,
    remaining: p.remaining === null ? null : p.remaining * 100,
  }));
  const values = data.flatMap(d => (d.remaining === null ? [] : [d.remaining]));
  const lowest = Math.floor(Math.min(0, ...values) / 10) * 10;
  const highest = Math.ceil(Math.max(100, ...values) / 10) * 10;
  return (
    <ChartFigure
      title={props.title}
      summary={props.summary}
      height={props.height}
      caption={props.caption}
    >
      <AreaChart data={data} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" vertical={!daily} />
        <XAxis {...timeAxisProps(props.tickFormatter)} />
        <YAxis
          domain={[lowest, highest]}
          ticks={
            daily
              ? [lowest, 50, highest].filter(
                  (v, i, all) => all.indexOf(v) === i,
                )
              : undefined
          }
          tickFormatter={v => `${v} %`}
          width={56}
        />
        <Tooltip
          labelFormatter={props.labelFormatter}
          formatter={(value: number) => [
            formatPercent(value / 100, 1),
            'Budget remaining',
          ]}
        />
        {daily && <ReferenceLine y={100} stroke={faint} strokeOpacity={0.6} />}
        {POLICY_LINES.map(line => (
          <ReferenceLine
            key={line.label}
            y={line.remaining}
            stroke={faint}
            strokeDasharray="2 4"
            strokeOpacity={daily ? 0.6 : undefined}
            label={
              daily
                ? undefined
                : {
                    value: line.label,
                    position: 'insideTopRight',
                    fontSize: 11,
                    fill: faint,
                  }
            }
          />
        ))}
        <ReferenceLine y={0} stroke={theme.palette.status.error} />
        <Area
          type={daily ? 'linear' : 'monotone'}
          dataKey="remaining"
          stroke={theme.palette.primary.main}
          fill={theme.palette.primary.main}
          fillOpacity={0.15}
          dot={daily ? { r: 2 } : undefined}
          connectNulls
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartFigure>
  );
}
