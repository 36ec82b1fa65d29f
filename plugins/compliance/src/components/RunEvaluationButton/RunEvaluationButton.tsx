import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import PlayArrowIcon from '@material-ui/icons/PlayArrow';
import { useState } from 'react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage, hasStatus } from '../../api/responseErrors';

/**
 * Starts an evaluation now instead of at the next scheduled run. The caller
 * shows it only to people holding `compliance.evaluation.run`. The run goes
 * on in the background; `onStarted` lets the page look for it.
 */
export function RunEvaluationButton(props: { onStarted?: () => void }) {
  const api = useApi(complianceApiRef);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const start = async () => {
    setRunning(true);
    setMessage(undefined);
    try {
      await api.startRun();
      setMessage({
        text: 'Evaluation started; statuses update when it finishes.',
        error: false,
      });
      props.onStarted?.();
    } catch (error) {
      setMessage({
        text: hasStatus(error, 409)
          ? 'An evaluation is already running; its results will appear when it finishes.'
          : `The evaluation could not be started: ${errorMessage(error)}`,
        error: !hasStatus(error, 409),
      });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Box>
      <Button
        variant="outlined"
        startIcon={<PlayArrowIcon />}
        onClick={start}
        disabled={running}
      >
        Run evaluation now
      </Button>
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
