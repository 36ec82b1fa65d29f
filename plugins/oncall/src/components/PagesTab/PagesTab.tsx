import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import type { OnCallPage } from '@localplus/plugin-oncall-common';
import { useEffect, useState } from 'react';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { PagesTable } from './PagesTable';

/** The Pages tab: recent pages, their acknowledgement, and whether the target was met. */
export function PagesTab() {
  const api = useApi(onCallApiRef);
  const [openOnly, setOpenOnly] = useState(false);
  const status = openOnly ? 'open' : 'all';
  const result = useAsyncResult(
    // The names come with who is on call now; without them, user names do.
    () =>
      Promise.all([
        api.listPages({ status }),
        api.getNow().catch(() => undefined),
      ]),
    status,
  );
  const [pages, setPages] = useState<OnCallPage[]>();
  useEffect(() => setPages(result.value?.[0]), [result.value]);
  const people = result.value?.[1]?.people ?? {};

  let body = <Progress />;
  if (result.error) {
    body = (
      <ResponseErrorPanel
        title="Could not load the pages"
        error={result.error}
      />
    );
  } else if (pages && pages.length === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {openOnly ? 'No open page.' : 'No page was received yet.'}
      </Typography>
    );
  } else if (pages) {
    body = (
      <PagesTable
        pages={pages}
        people={people}
        onAcknowledged={page =>
          setPages(current => current?.map(p => (p.id === page.id ? page : p)))
        }
      />
    );
  }
  return (
    <TabLayout
      title="Pages"
      intro="Alerts that paged the on-call responders, newest first: who was paged, who acknowledged and when, and whether it was within its rotation's acknowledge target for the severity."
    >
      <Box mb={1}>
        <FormControlLabel
          control={
            <Switch
              checked={openOnly}
              onChange={event => setOpenOnly(event.target.checked)}
              color="primary"
            />
          }
          label="Open pages only"
        />
      </Box>
      {body}
    </TabLayout>
  );
}
