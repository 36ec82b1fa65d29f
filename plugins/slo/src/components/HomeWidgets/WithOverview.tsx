import { ReactElement } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import type { SloOverview } from '@localplus/plugin-slo-common';
import { useAsyncResult } from '@localplus/portal-react';
import { sloApiRef } from '../../api/sloApiRef';

/**
 * Loads the organisation's SLO overview for a home widget: a progress bar
 * while it loads, the failure in the widget's own words, then `children`.
 */
export function WithOverview(props: {
  /** What could not be loaded, e.g. "Error budgets". */
  subject: string;
  children: (overview: SloOverview | undefined) => ReactElement;
}) {
  const sloApi = useApi(sloApiRef);
  const { loading, error, value } = useAsyncResult(
    () => sloApi.getOverview(),
    'overview',
  );
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        {props.subject} could not be loaded: {error.message}
      </Typography>
    );
  }
  return props.children(value);
}
