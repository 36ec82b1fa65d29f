import { ReactElement, useId } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ResponsiveContainer } from 'recharts';
import { SectionHeading } from '../SectionHeading';

/**
 * A chart as a figure named by its heading. The drawing itself is an image
 * named by `summary`, a sentence that says what the chart shows; with
 * `caption`, the summary is also printed under it.
 */
export function ChartFigure(props: {
  title: string;
  summary: string;
  height: number;
  caption?: boolean;
  children: ReactElement;
}) {
  const { title, summary, height, caption, children } = props;
  const headingId = useId();
  const summaryId = useId();
  return (
    <Box component="figure" m={0} aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{title}</SectionHeading>
      <Box
        role="img"
        aria-label={caption ? undefined : summary}
        aria-labelledby={caption ? summaryId : undefined}
        height={height}
      >
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </Box>
      {caption && (
        <Typography
          id={summaryId}
          component="figcaption"
          variant="body2"
          color="textSecondary"
        >
          {summary}
        </Typography>
      )}
    </Box>
  );
}

/** Chart margins shared by every SLO chart. */
export const CHART_MARGIN = { top: 8, right: 16, left: 0 };

/** The time axis every SLO chart uses, epoch milliseconds from first to last point. */
export function timeAxisProps(tickFormatter: (t: number) => string) {
  return {
    dataKey: 't',
    type: 'number' as const,
    scale: 'time' as const,
    domain: ['dataMin', 'dataMax'] as [string, string],
    tickFormatter,
  };
}
