import { InfoCard, Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Grid from '@material-ui/core/Grid';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { formatDate } from '../../decisions/formatDate';
import { DecisionList } from '../DecisionList';
import { LoadError } from '../LoadError';
import { PullRequestList } from './PullRequestList';

const reviewBy = (decision: DecisionSummary) =>
  `Review was due ${formatDate(decision.reviewBy)}`;

/**
 * The Review tab: what awaits the signed-in person (proposed decisions
 * naming them or their groups), every proposed decision, decisions past
 * their review date, and the open pull requests touching decision folders.
 */
export function ReviewTab() {
  const api = useApi(adrApiRef);
  const queue = useAsyncResult(() => api.getReviewQueue(), 'review');

  let body = <Progress />;
  if (queue.error) {
    body = (
      <LoadError
        what="The review queue could not be loaded"
        error={queue.error}
      />
    );
  } else if (queue.value) {
    const value = queue.value;
    body = (
      <Grid container spacing={2}>
        {value.pullRequestProblems.length > 0 && (
          <Grid item xs={12}>
            <WarningPanel
              severity="warning"
              title="Some pull requests could not be listed"
              defaultExpanded
            >
              <ul aria-label="Pull request problems" style={{ margin: 0 }}>
                {value.pullRequestProblems.map(problem => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </WarningPanel>
          </Grid>
        )}
        <Grid item xs={12} md={6}>
          <InfoCard title={`Awaiting your input (${value.awaitingYou.length})`}>
            <DecisionList
              label="Awaiting your input"
              decisions={value.awaitingYou}
              hideStatus
              emptyText="No proposed decision names you or your groups as a decision-maker or as consulted."
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <InfoCard title={`Due for review (${value.due.length})`}>
            <DecisionList
              label="Due for review"
              decisions={value.due}
              detail={reviewBy}
              emptyText="No decision is past its review date."
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <InfoCard title={`Proposed (${value.proposed.length})`}>
            <DecisionList
              label="Proposed"
              decisions={value.proposed}
              hideStatus
              emptyText="No decision is proposed at the moment."
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <InfoCard title={`Open pull requests (${value.pullRequests.length})`}>
            <PullRequestList pullRequests={value.pullRequests} />
          </InfoCard>
        </Grid>
      </Grid>
    );
  }

  return (
    <TabLayout
      title="Review"
      intro="Decisions that wait for someone: proposed decisions that name you or one of your groups as a decision-maker or as consulted, every proposed decision, accepted decisions past their review-by date, and the open pull requests that add or change decision records."
    >
      {body}
    </TabLayout>
  );
}
