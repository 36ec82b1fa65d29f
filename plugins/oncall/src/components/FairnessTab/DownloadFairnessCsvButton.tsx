import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { DateTime } from 'luxon';
import { useState } from 'react';
import type { TimeRange } from '../../api/OnCallApi';
import { onCallApiRef } from '../../api/onCallApiRef';
import { saveTextFile } from './saveTextFile';

/** Downloads the report of the period as `oncall-fairness-<from>-<to>.csv`. */
export function DownloadFairnessCsvButton(props: { range: TimeRange }) {
  const api = useApi(onCallApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const csv = await api.getFairnessCsv(props.range);
      const day = (iso: string) => DateTime.fromISO(iso).toISODate();
      saveTextFile(
        `oncall-fairness-${day(props.range.from)}-${day(props.range.to)}.csv`,
        csv,
        'text/csv',
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" alignItems="flex-start">
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={download}
        disabled={busy}
      >
        Download CSV
      </Button>
      {error && (
        <Typography role="alert" variant="body2" color="error">
          Could not download the report: {error}
        </Typography>
      )}
    </Box>
  );
}
