import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type {
  CalendarLink,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import { useState } from 'react';
import { useAsyncResult } from '@localplus/portal-react';
import { isForbidden } from '../../api/OnCallApiError';
import { onCallApiRef } from '../../api/onCallApiRef';
import { formatInstant } from '../../format/formatInstant';
import { NewCalendarLink } from './NewCalendarLink';

function describeTarget(link: CalendarLink, rotations: RotationSummary[]) {
  if (link.scope === 'person') {
    return 'My shifts';
  }
  return rotations.find(r => r.name === link.target)?.title ?? link.target;
}

/** The person's calendar feed links: make one, see the ones made, revoke them. */
export function CalendarLinks(props: { rotations: RotationSummary[] }) {
  const api = useApi(onCallApiRef);
  const links = useAsyncResult(() => api.listCalendarLinks(), 'links');
  const [revokeError, setRevokeError] = useState<string>();

  if (isForbidden(links.error)) {
    return (
      <Alert severity="info">
        Calendar links are for on-call responders: you may not create one.
      </Alert>
    );
  }
  const revoke = async (link: CalendarLink) => {
    setRevokeError(undefined);
    try {
      await api.revokeCalendarLink(link.id);
      links.reload();
    } catch (e) {
      setRevokeError(e instanceof Error ? e.message : String(e));
    }
  };

  let list = <Progress />;
  if (links.error) {
    list = (
      <ResponseErrorPanel
        title="Could not list your calendar links"
        error={links.error}
      />
    );
  } else if (links.value && links.value.length === 0) {
    list = (
      <Typography variant="body2" color="textSecondary">
        You have no calendar link yet.
      </Typography>
    );
  } else if (links.value) {
    list = (
      <Box overflow="auto">
        <Table size="small" aria-label="My calendar links">
          <TableHead>
            <TableRow>
              <TableCell>Calendar of</TableCell>
              <TableCell>Created</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Action</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {links.value.map(link => (
              <TableRow key={link.id}>
                <TableCell>{describeTarget(link, props.rotations)}</TableCell>
                <TableCell>{formatInstant(link.createdAt)}</TableCell>
                <TableCell>
                  {link.revokedAt
                    ? `Revoked ${formatInstant(link.revokedAt)}`
                    : 'Active'}
                </TableCell>
                <TableCell>
                  {!link.revokedAt && (
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => revoke(link)}
                    >
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    );
  }
  return (
    <>
      <NewCalendarLink rotations={props.rotations} onCreated={links.reload} />
      <Box mt={2}>
        {revokeError && (
          <Alert severity="error" role="alert">
            Could not revoke the link: {revokeError}
          </Alert>
        )}
        {list}
      </Box>
    </>
  );
}
