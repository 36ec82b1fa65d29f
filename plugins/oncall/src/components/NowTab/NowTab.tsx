import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import { ONCALL_ROTATION_ANNOTATION } from '@localplus/plugin-oncall-common';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { RotationProblemsPanel } from '../RotationProblems';
import { NowTable } from './NowTable';

/** The Now tab: every rotation's current holders and next handoff, and what is wrong with the files. */
export function NowTab() {
  const api = useApi(onCallApiRef);
  const { error, value } = useAsyncResult(() => api.getNow(), 'now');
  let body = <Progress />;
  if (error) {
    body = (
      <ResponseErrorPanel title="Could not load who is on call" error={error} />
    );
  } else if (
    value &&
    value.rotations.length === 0 &&
    value.problems.length === 0
  ) {
    body = (
      <EmptyState
        missing="data"
        title="No rotation yet"
        description={`A team declares its rotation in a file named by the ${ONCALL_ROTATION_ANNOTATION} annotation of its Group entity. Its schedule will show here.`}
      />
    );
  } else if (value) {
    body = (
      <>
        <RotationProblemsPanel problems={value.problems} />
        <Box mt={2}>
          <NowTable overview={value} />
        </Box>
      </>
    );
  }
  return (
    <TabLayout
      title="Who is on call now"
      intro="Every rotation with its primary and secondary now, when they hand over and to whom, and how many services it answers for. Times are in your time zone; a rotation's own clock is added when it differs."
    >
      {body}
    </TabLayout>
  );
}
