import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { SectionHeading } from '../SectionHeading';
import { BudgetHistoryChart } from './BudgetHistoryChart';
import { ObjectiveHistoryState, tooFewSnapshots } from './objectiveHistory';

function sentence(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/** A "Budget history" section that has no chart to show: a line of text. */
function HistoryNote(props: { text: string }) {
  return (
    <Box>
      <SectionHeading>Budget history</SectionHeading>
      <Typography variant="body2" color="textSecondary">
        {props.text}
      </Typography>
    </Box>
  );
}

/**
 * "Budget history": the stored daily snapshots of the objective over the
 * last 90 days. It never breaks the card: while loading, when the history
 * fails, or with fewer than two days it says so in a line.
 */
export function BudgetHistory(props: { history: ObjectiveHistoryState }) {
  const { history } = props;
  if (history.status === 'loading') {
    return <HistoryNote text="Loading the daily snapshots…" />;
  }
  if (history.status === 'error') {
    return (
      <HistoryNote
        text={`Could not load the budget history: ${sentence(
          history.error.message,
        )}.`}
      />
    );
  }
  if (history.snapshots.length < 2) {
    return <HistoryNote text={tooFewSnapshots(history.snapshots)} />;
  }
  return <BudgetHistoryChart snapshots={history.snapshots} />;
}
