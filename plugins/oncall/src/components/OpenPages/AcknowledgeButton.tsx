import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type { OnCallPage } from '@localplus/plugin-oncall-common';
import { useState } from 'react';
import { onCallApiRef } from '../../api/onCallApiRef';

/** Acknowledges a page; the page as the backend answers replaces the old one. */
export function AcknowledgeButton(props: {
  page: OnCallPage;
  onAcknowledged: (page: OnCallPage) => void;
}) {
  const api = useApi(onCallApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const acknowledge = async () => {
    setBusy(true);
    setError(undefined);
    try {
      props.onAcknowledged(await api.acknowledgePage(props.page.id));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        variant="contained"
        color="primary"
        onClick={acknowledge}
        disabled={busy}
      >
        Acknowledge
      </Button>
      {error && (
        <Typography role="alert" variant="body2" color="error">
          Could not acknowledge: {error}
        </Typography>
      )}
    </>
  );
}
