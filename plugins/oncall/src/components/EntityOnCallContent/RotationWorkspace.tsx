import { DateTime } from 'luxon';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallPerson,
  OnCallRole,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import {
  NATIVE_PROVIDER_ID,
  ON_CALL_ROLES,
} from '@localplus/plugin-oncall-common';
import { useState } from 'react';
import { useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import {
  type RotationChangeRights,
  useRotationChangeRights,
} from '../../hooks/useRotationChangeRights';
import { ActiveOverrides } from '../ActiveOverrides';
import { ChangeLog } from '../ChangeLog';
import { OverrideForm, SwapForm } from '../OverrideForms';
import {
  CalendarView,
  initialView,
  ScheduleCalendar,
  visibleRange,
} from '../ScheduleCalendar';

/** Card titles are headings, for screen readers and the tests. */
const H2 = { component: 'h2' } as const;

const CHANGES_SHOWN = 20;

const UPCOMING_WEEKS = 8;

/** From now to 8 weeks ahead, to the minute (so the request is stable). */
function upcomingRange(): { from: string; to: string } {
  const from = DateTime.now().startOf('minute');
  return {
    from: from.toUTC().toISO()!,
    to: from.plus({ weeks: UPCOMING_WEEKS }).toUTC().toISO()!,
  };
}

/** Why the override and swap forms are not offered, once that is known. */
function whyNoChanges(
  summary: RotationSummary,
  rights: RotationChangeRights,
): string {
  if (summary.provider !== NATIVE_PROVIDER_ID) {
    return `This rotation is read from ${summary.provider}: overrides and swaps are made there.`;
  }
  if (!summary.callerIsChanger) {
    return 'Only members of this rotation and leads of the groups it covers can override or swap shifts.';
  }
  if (rights.refusedByRoles) {
    return 'This rotation counts you among the people who may change it, but your roles in the portal do not include creating overrides (oncall.override.create).';
  }
  return '';
}

/**
 * One rotation's schedule and the ways to change it: the calendar, the
 * override and swap forms (for those allowed), the overrides in the period
 * shown and the change log. Every change reloads the schedule and the log,
 * and tells the page so the "now" summary reloads too.
 */
export function RotationWorkspace(props: {
  summary: RotationSummary;
  people: Record<string, OnCallPerson>;
  onChanged: () => void;
}) {
  const { summary } = props;
  const api = useApi(onCallApiRef);
  const rights = useRotationChangeRights(summary);
  const [view, setView] = useState<CalendarView>(() => initialView());
  const range = visibleRange(view);
  const schedule = useAsyncResult(
    () => api.getSchedule(summary.name, range),
    `${summary.name} ${range.from} ${range.to}`,
  );
  // The swap form offers the shifts of the next 8 weeks, whatever the
  // calendar shows.
  const upcoming = useAsyncResult(
    () => api.getSchedule(summary.name, upcomingRange()),
    summary.name,
  );
  const changes = useAsyncResult(
    () => api.getChanges(summary.name, { limit: CHANGES_SHOWN }),
    summary.name,
  );
  const roles: OnCallRole[] = ON_CALL_ROLES.filter(role =>
    summary.layers.some(layer => layer.role === role),
  );
  const people = { ...props.people, ...schedule.value?.people };
  const onChanged = () => {
    schedule.reload();
    upcoming.reload();
    changes.reload();
    props.onChanged();
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard
          titleTypographyProps={H2}
          title={`Schedule: ${summary.title}`}
        >
          <ScheduleCalendar
            summary={summary}
            view={view}
            onViewChange={setView}
            schedule={schedule.value}
            error={schedule.error}
          />
        </InfoCard>
      </Grid>
      {rights.canOverride ? (
        <>
          <Grid item xs={12} md={6}>
            <InfoCard
              titleTypographyProps={H2}
              title="Override"
              subheader="Someone else takes a role for a while"
            >
              <OverrideForm
                summary={summary}
                roles={roles}
                people={people}
                onSaved={onChanged}
              />
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard
              titleTypographyProps={H2}
              title="Swap"
              subheader="Two holders trade their shifts"
            >
              <SwapForm
                summary={summary}
                roles={roles}
                schedule={upcoming.value}
                onSaved={onChanged}
              />
            </InfoCard>
          </Grid>
        </>
      ) : (
        <Grid item xs={12}>
          <Typography variant="body2" color="textSecondary">
            {whyNoChanges(summary, rights)}
          </Typography>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard titleTypographyProps={H2} title="Overrides">
          <ActiveOverrides
            overrides={schedule.value?.overrides ?? []}
            people={people}
            canCancel={rights.canCancel}
            onCancelled={onChanged}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard titleTypographyProps={H2} title="Change log">
          <ChangeLog
            changes={changes.value}
            error={changes.error}
            people={people}
          />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
