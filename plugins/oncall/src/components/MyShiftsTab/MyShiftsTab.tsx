import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { CalendarLinks } from './CalendarLinks';
import { MyShiftsTable } from './MyShiftsTable';

/** Card titles are headings under the tab's own h2. */
const H3 = { component: 'h3' } as const;

const WEEKS = 8;

/** The My shifts tab: your shifts of the next 8 weeks, and calendar links to follow them. */
export function MyShiftsTab() {
  const api = useApi(onCallApiRef);
  const range = useMemo(() => {
    const now = DateTime.now();
    return {
      from: now.toUTC().toISO()!,
      to: now.plus({ weeks: WEEKS }).toUTC().toISO()!,
    };
  }, []);
  const { error, value } = useAsyncResult(
    () => Promise.all([api.getMyShifts(range), api.listRotations()]),
    'my-shifts',
  );
  const rotations = value?.[1].rotations ?? [];

  let shifts = <Progress />;
  if (error) {
    shifts = (
      <ResponseErrorPanel title="Could not load your shifts" error={error} />
    );
  } else if (value) {
    shifts = (
      <MyShiftsTable
        shifts={value[0].shifts}
        rotations={Object.fromEntries(rotations.map(r => [r.name, r]))}
        period={`in the next ${WEEKS} weeks`}
      />
    );
  }
  return (
    <TabLayout
      title="My shifts"
      intro="Your shifts of the next 8 weeks, overrides and swaps included. A calendar link keeps them in your calendar application."
    >
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard titleTypographyProps={H3} title={`Next ${WEEKS} weeks`}>
            {shifts}
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard titleTypographyProps={H3} title="Calendar links">
            <CalendarLinks rotations={rotations} />
          </InfoCard>
        </Grid>
      </Grid>
    </TabLayout>
  );
}
