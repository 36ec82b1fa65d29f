import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useMemo, useState } from 'react';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { isForbidden } from '../../api/OnCallApiError';
import { onCallApiRef } from '../../api/onCallApiRef';
import { formatSpan } from '../../format/formatInstant';
import { DownloadFairnessCsvButton } from './DownloadFairnessCsvButton';
import { FairnessPeriodPicker } from './FairnessPeriodPicker';
import { FairnessTable } from './FairnessTable';
import { PeriodChoice, periodRange } from './fairnessPeriods';

export const FAIRNESS_FORBIDDEN =
  'Only on-call responders, tech leads, platform engineers and auditors see the fairness report.';

/** The Fairness tab: who carried how much of the on-call load over a period, and what it is owed. */
export function FairnessTab() {
  const api = useApi(onCallApiRef);
  const [choice, setChoice] = useState<PeriodChoice>({
    kind: 'last-4-weeks',
    fromDate: '',
    toDate: '',
  });
  // Running periods end now: read once per choice, or every render would reload.
  const period = useMemo(() => periodRange(choice), [choice]);
  const range = 'range' in period ? period.range : undefined;
  const report = useAsyncResult(
    () => (range ? api.getFairness(range) : Promise.resolve(undefined)),
    range ? `${range.from} ${range.to}` : 'none',
  );
  const forbidden = isForbidden(report.error);

  let body = <Progress />;
  if (!range) {
    body = (
      <Typography variant="body2" color="textSecondary">
        Choose the first and last day of the period.
      </Typography>
    );
  } else if (forbidden) {
    body = <Alert severity="info">{FAIRNESS_FORBIDDEN}</Alert>;
  } else if (report.error) {
    body = (
      <ResponseErrorPanel
        title="Could not load the fairness report"
        error={report.error}
      />
    );
  } else if (report.value) {
    body = (
      <>
        <Typography variant="caption" color="textSecondary" component="p">
          {formatSpan(report.value.from, report.value.to)}. Nights are 22:00 to
          08:00 and weekends Saturday and Sunday, in each rotation's time zone.
          Compensation (seeds): an on-call week earns a flat bonus, a night
          incident time off and a bonus, a weekend incident 1.5× time off.
        </Typography>
        <FairnessTable report={report.value} />
      </>
    );
  }

  return (
    <TabLayout
      title="Fairness"
      intro="Who carried how much of the on-call load: hours on call, nights and weekends, pages received, and what the compensation rules owe each person."
    >
      <Box
        display="flex"
        alignItems="flex-start"
        flexWrap="wrap"
        gridGap={16}
        mb={2}
      >
        <FairnessPeriodPicker
          value={choice}
          error={'error' in period ? period.error : undefined}
          onChange={setChoice}
        />
        {range && !forbidden && <DownloadFairnessCsvButton range={range} />}
      </Box>
      {body}
    </TabLayout>
  );
}
