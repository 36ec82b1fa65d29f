import Alert from '@material-ui/lab/Alert';
import type { ObjectiveReport } from '@localplus/plugin-slo-common';
import { formatAge } from '../../format/formatAge';
import { formatWindow } from '../../format/formatWindow';

function sentence(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/**
 * Says when what follows is not a live measurement: the metric source failed
 * (and which snapshot is shown instead), the window has no events yet, or
 * traffic is too low for the alerts to fire.
 */
export function ObjectiveStatusBanner(props: { objective: ObjectiveReport }) {
  const { status, error, lastSnapshot, measurement, window } = props.objective;
  if (status === 'error') {
    const cause = sentence(error ?? 'The objective could not be measured');
    const shown = lastSnapshot
      ? `Showing the snapshot of ${lastSnapshot.day}, taken ${formatAge(
          lastSnapshot.takenAt,
        )}.`
      : 'No snapshot has been stored yet, so there is nothing to show.';
    return (
      <Alert severity="error">
        {cause}. {shown}
      </Alert>
    );
  }
  if (status === 'no-data') {
    return (
      <Alert severity="info">
        No events in the window yet ({formatWindow(window)}): the SLI and the
        error budget are measured once the service receives traffic.
      </Alert>
    );
  }
  if (measurement?.lowTraffic) {
    return (
      <Alert severity="warning">
        Low traffic: the longest alert window saw fewer events than the alerts
        need, so burn-rate alerts are held back.
      </Alert>
    );
  }
  return null;
}
