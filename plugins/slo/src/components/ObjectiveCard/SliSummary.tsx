import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  ObjectiveReport,
  SloWindowReport,
} from '@localplus/plugin-slo-common';
import { formatSli, formatTarget } from '../../format/formatPercent';
import { formatWindow, formatWindowProgress } from '../../format/formatWindow';
import { SectionHeading } from '../SectionHeading';

const eventCount = new Intl.NumberFormat('en', { notation: 'compact' });

/** The SLI against its target, and the window it is measured over. */
export function SliSummary(props: {
  sli: number | null;
  target: number;
  window: SloWindowReport;
  events?: number | null;
  budgetingMethod: ObjectiveReport['budgetingMethod'];
}) {
  const { sli, target, window, events, budgetingMethod } = props;
  const below = sli !== null && sli < target;
  const progress = formatWindowProgress(window);
  const unit = budgetingMethod === 'Occurrences' ? 'events' : 'time slices';
  return (
    <Box>
      <SectionHeading>SLI</SectionHeading>
      <Typography
        variant="h4"
        component="p"
        color={below ? 'error' : 'textPrimary'}
      >
        {formatSli(sli, target)}
      </Typography>
      <Typography variant="body1">target {formatTarget(target)}</Typography>
      <Typography variant="body2" color="textSecondary">
        Window: {formatWindow(window)}
        {/* `(day 1 of 7)` stays on one line when the column is narrow. */}
        {progress && ` (${progress.replace(/ /g, '\u00a0')})`}
      </Typography>
      {events !== undefined && events !== null && (
        <Typography variant="body2" color="textSecondary">
          {eventCount.format(events)} {unit} in the window
        </Typography>
      )}
    </Box>
  );
}
