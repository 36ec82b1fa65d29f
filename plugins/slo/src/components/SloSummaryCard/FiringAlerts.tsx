import { StatusError } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';

/** The firing burn-rate alerts of an objective: `Page 1h`, or a dash when none fires. */
export function FiringAlerts(props: {
  alerts: Array<{ severity: 'page' | 'ticket'; longWindow: string }>;
}) {
  if (props.alerts.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None
      </Typography>
    );
  }
  return (
    <>
      {props.alerts.map(alert => (
        <div key={`${alert.severity}-${alert.longWindow}`}>
          <StatusError>
            {alert.severity === 'page' ? 'Page' : 'Ticket'} {alert.longWindow}
          </StatusError>
        </div>
      ))}
    </>
  );
}
