import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { formatInstant } from '../../format/formatInstant';
import { COVERAGE_EXPLANATIONS, groupFindings } from './coverageExplanations';
import { FindingText } from './FindingText';

/** Card titles are headings under the tab's own h2. */
const H3 = { component: 'h3' } as const;

const WEEKS = 4;

/** The Coverage tab: what would leave a page unanswered in the next four weeks, by kind. */
export function CoverageTab() {
  const api = useApi(onCallApiRef);
  const { error, value } = useAsyncResult(
    () => api.getCoverage({ weeks: WEEKS }),
    'coverage',
  );
  let body = <Progress />;
  if (error) {
    body = (
      <ResponseErrorPanel title="Could not check the coverage" error={error} />
    );
  } else if (value) {
    const groups = groupFindings(value.findings);
    body =
      groups.length === 0 ? (
        <Alert severity="success">
          No gap and no coverage risk from {formatInstant(value.from)} to{' '}
          {formatInstant(value.to)}.
        </Alert>
      ) : (
        <Grid container spacing={3}>
          {groups.map(group => {
            const { title, explanation } = COVERAGE_EXPLANATIONS[group.type];
            return (
              <Grid item xs={12} key={group.type}>
                <InfoCard
                  titleTypographyProps={H3}
                  title={`${title} (${group.findings.length})`}
                >
                  <Typography variant="body2" color="textSecondary" paragraph>
                    {explanation}
                  </Typography>
                  <ul aria-label={title}>
                    {group.findings.map((finding, index) => (
                      <li key={index}>
                        <Typography variant="body2">
                          <FindingText finding={finding} />
                        </Typography>
                      </li>
                    ))}
                  </ul>
                </InfoCard>
              </Grid>
            );
          })}
        </Grid>
      );
  }
  return (
    <TabLayout
      title="Coverage of the next 4 weeks"
      intro="The final schedules of every rotation, overrides included, checked for spans nobody holds, layers resting on one person, responders outside the owning group and critical services no rotation answers for."
    >
      {body}
    </TabLayout>
  );
}
