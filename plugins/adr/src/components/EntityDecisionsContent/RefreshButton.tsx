import { useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import {
  adrRefreshPermission,
  RefreshResult,
} from '@localplus/plugin-adr-common';
import { useState } from 'react';
import { adrApiRef } from '../../api/adrApiRef';
import { decisionCount } from '../../decisions/decisionCount';

function outcome(result: RefreshResult): string {
  const read = decisionCount(result.decisions);
  const problems = result.problems.length;
  if (problems === 0) {
    return `Read ${read} from the folder.`;
  }
  return `Read ${read}; ${
    problems === 1 ? '1 file or folder' : `${problems} files or folders`
  } could not be read (listed below).`;
}

/**
 * Re-reads the entity's decision folder now rather than at the next
 * scheduled refresh. People without `adr.index.refresh` see the button
 * disabled and why; a refusal from the backend is shown in its words.
 */
export function RefreshButton(props: {
  entityRef: string;
  onRefreshed: () => void;
}) {
  const api = useApi(adrApiRef);
  const permission = usePermission({ permission: adrRefreshPermission });
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const refresh = async () => {
    setRunning(true);
    setMessage(undefined);
    try {
      const result = await api.refresh(props.entityRef);
      setMessage({ text: outcome(result), error: false });
      props.onRefreshed();
    } catch (error) {
      setMessage({
        text: `The folder could not be re-read: ${(error as Error).message}`,
        error: true,
      });
    } finally {
      setRunning(false);
    }
  };

  const refused = !permission.loading && !permission.allowed;
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <Button
        variant="outlined"
        startIcon={<RefreshIcon />}
        onClick={refresh}
        disabled={running || permission.loading || refused}
        aria-describedby={refused ? 'adr-refresh-refused' : undefined}
      >
        {running ? 'Refreshing…' : 'Refresh now'}
      </Button>
      {refused && (
        <Typography
          id="adr-refresh-refused"
          variant="caption"
          color="textSecondary"
        >
          Re-reading the folder on demand needs the adr.index.refresh
          permission; the index re-reads it on its schedule anyway.
        </Typography>
      )}
      {message && (
        <Typography
          variant="body2"
          color={message.error ? 'error' : 'textPrimary'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </Typography>
      )}
    </Box>
  );
}
