import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import { FileToSave, saveFile } from '../../files/saveFile';

/**
 * A button that fetches a file from the backend and saves it. It is
 * disabled while the file is fetched; a failure shows below it as
 * `<failure>: <the error's message>`.
 */
export function DownloadButton(props: {
  label: string;
  /** What the alert says went wrong: "Could not download the report". */
  failure: string;
  /** Fetches the file and names it. */
  download: () => Promise<FileToSave>;
  /** Which side the button and its alert keep to. */
  align?: 'start' | 'end';
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      saveFile(await props.download());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      display="flex"
      flexDirection="column"
      alignItems={props.align === 'end' ? 'flex-end' : 'flex-start'}
    >
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={download}
        disabled={busy}
      >
        {props.label}
      </Button>
      {error && (
        <Typography role="alert" variant="body2" color="error">
          {props.failure}: {error}
        </Typography>
      )}
    </Box>
  );
}
