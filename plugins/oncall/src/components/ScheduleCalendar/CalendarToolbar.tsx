import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ChevronLeft from '@material-ui/icons/ChevronLeft';
import ChevronRight from '@material-ui/icons/ChevronRight';
import { CalendarMode, CalendarView, viewTitle } from './calendarView';

/** The period shown, previous / today / next, and week or month. */
export function CalendarToolbar(props: {
  view: CalendarView;
  onMove: (direction: 1 | -1) => void;
  onToday: () => void;
  onMode: (mode: CalendarMode) => void;
}) {
  const { view } = props;
  const unit = view.mode === 'week' ? 'week' : 'month';
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8} mb={1}>
      <IconButton
        aria-label={`Previous ${unit}`}
        onClick={() => props.onMove(-1)}
        size="small"
      >
        <ChevronLeft />
      </IconButton>
      <Button size="small" variant="outlined" onClick={props.onToday}>
        Today
      </Button>
      <IconButton
        aria-label={`Next ${unit}`}
        onClick={() => props.onMove(1)}
        size="small"
      >
        <ChevronRight />
      </IconButton>
      <Typography variant="h6" component="h3" aria-live="polite">
        {viewTitle(view)}
      </Typography>
      <Box flexGrow={1} />
      <ButtonGroup size="small" aria-label="Calendar period">
        {(['week', 'month'] as const).map(mode => (
          <Button
            key={mode}
            variant={view.mode === mode ? 'contained' : 'outlined'}
            color={view.mode === mode ? 'primary' : 'default'}
            aria-pressed={view.mode === mode}
            onClick={() => props.onMode(mode)}
          >
            {mode === 'week' ? 'Week' : 'Month'}
          </Button>
        ))}
      </ButtonGroup>
    </Box>
  );
}
