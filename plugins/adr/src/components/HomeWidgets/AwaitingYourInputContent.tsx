import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { formatDate } from '../../decisions/formatDate';
import { ADR_PAGE_TABS } from '../../routes';
import { DecisionList } from '../DecisionList';
import { WidgetFooterLink } from './WidgetFooterLink';

/**
 * Home widget for tech leads and decision-makers: the proposed decisions
 * that name the signed-in person or their groups, then the decisions past
 * their review date, each linking to its page.
 */
export function AwaitingYourInputContent() {
  const api = useApi(adrApiRef);
  const queue = useAsyncResult(() => api.getReviewQueue(), 'review');
  if (queue.error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        What awaits your input could not be loaded: {queue.error.message}
      </Typography>
    );
  }
  if (!queue.value) {
    return <Progress />;
  }
  const awaiting = new Set(queue.value.awaitingYou.map(d => d.id));
  const decisions = [
    ...queue.value.awaitingYou,
    ...queue.value.due.filter(d => !awaiting.has(d.id)),
  ];
  const detail = (decision: DecisionSummary) =>
    awaiting.has(decision.id)
      ? 'Proposed: names you or your group'
      : `Review was due ${formatDate(decision.reviewBy)}`;
  return (
    <Box overflow="auto">
      <DecisionList
        label="Awaiting your input"
        decisions={decisions}
        detail={detail}
        emptyText="Nothing awaits your input: no proposed decision names you or your groups, and no decision is due for review."
      />
      <WidgetFooterLink tab={ADR_PAGE_TABS.review} text="The review queue" />
    </Box>
  );
}
