import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { DecisionList } from '../DecisionList';
import { WidgetFooterLink } from './WidgetFooterLink';

/** How many decisions the widget shows: the latest, across the organisation. */
export const RECENT_DECISIONS = 8;

/** Home widget: the latest decisions of the organisation with their status. */
export function RecentDecisionsContent() {
  const api = useApi(adrApiRef);
  const latest = useAsyncResult(
    () => api.listDecisions({ order: 'date', limit: RECENT_DECISIONS }),
    'recent',
  );
  if (latest.error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        The decision log could not be loaded: {latest.error.message}
      </Typography>
    );
  }
  if (!latest.value) {
    return <Progress />;
  }
  return (
    <Box overflow="auto">
      <DecisionList
        label="Latest decisions"
        decisions={latest.value.decisions}
        emptyText="No decision is indexed yet."
      />
      <WidgetFooterLink
        text={`The whole decision log (${latest.value.total})`}
      />
    </Box>
  );
}
