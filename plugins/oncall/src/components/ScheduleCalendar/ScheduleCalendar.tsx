import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallRole,
  RotationSchedule,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import { ON_CALL_ROLES } from '@localplus/plugin-oncall-common';
import { timeZoneNote } from '../../format/formatInstant';
import { CalendarToolbar } from './CalendarToolbar';
import {
  CalendarMode,
  CalendarView,
  initialView,
  moveView,
  visibleWeeks,
} from './calendarView';
import { WeekTable } from './WeekTable';

/**
 * The rotation's final schedule (layers, restrictions and overrides
 * applied) as a week or month calendar in the viewer's time zone: a row per
 * role, a column per day, overrides highlighted, today marked.
 */
export function ScheduleCalendar(props: {
  summary: RotationSummary;
  view: CalendarView;
  onViewChange: (view: CalendarView) => void;
  schedule?: RotationSchedule;
  error?: Error;
}) {
  const { summary, view, schedule, error } = props;
  const roles: OnCallRole[] = ON_CALL_ROLES.filter(role =>
    summary.layers.some(layer => layer.role === role),
  );
  const weeks = visibleWeeks(view);
  let body = <Progress />;
  if (error) {
    body = (
      <ResponseErrorPanel title="Could not load the schedule" error={error} />
    );
  } else if (schedule) {
    body = (
      <Box overflow="auto">
        {weeks.map(monday => (
          <WeekTable
            key={monday.toISODate()}
            monday={monday}
            roles={roles}
            shifts={schedule.shifts}
            people={schedule.people}
            month={view.mode === 'month' ? view.anchor.month : undefined}
          />
        ))}
      </Box>
    );
  }
  return (
    <section aria-label="Schedule">
      <CalendarToolbar
        view={view}
        onMove={direction => props.onViewChange(moveView(view, direction))}
        onToday={() => props.onViewChange(initialView(view.mode))}
        onMode={(mode: CalendarMode) => props.onViewChange({ ...view, mode })}
      />
      {body}
      <Typography variant="caption" color="textSecondary" component="p">
        {timeZoneNote(summary.timeZone)} Highlighted: overrides.
      </Typography>
    </section>
  );
}
