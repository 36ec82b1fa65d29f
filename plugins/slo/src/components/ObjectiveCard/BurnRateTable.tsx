import { useId } from 'react';
import { StatusError } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  BurnRateAlertReport,
  BurnRateReport,
} from '@localplus/plugin-slo-common';
import { formatBurnRate } from '../../format/formatBurnRate';
import { formatErrorRatio } from '../../format/formatPercent';
import { SectionHeading } from '../SectionHeading';

const useStyles = makeStyles(theme => ({
  // `&&` beats the striped rows of the Backstage theme.
  firing: {
    '&&': {
      backgroundColor:
        theme.palette.type === 'dark'
          ? 'rgba(244, 67, 54, 0.16)'
          : 'rgba(244, 67, 54, 0.08)',
    },
  },
  number: { whiteSpace: 'nowrap' },
}));

function severityLabel(alert: BurnRateAlertReport) {
  return alert.severity === 'page' ? 'Page' : 'Ticket';
}

function AlertsReadingWindow(props: {
  window: string;
  alerts: BurnRateAlertReport[];
}) {
  const reading = props.alerts.filter(
    a => a.longWindow === props.window || a.shortWindow === props.window,
  );
  if (reading.length === 0) {
    return null;
  }
  return (
    <>
      {reading.map(alert => {
        const role = alert.longWindow === props.window ? 'long' : 'short';
        const text = `${severityLabel(alert)} ≥ ${formatBurnRate(
          alert.burnRate,
        )} (${role} window)`;
        return alert.firing ? (
          <Box key={`${alert.longWindow}-${role}`}>
            <StatusError>Firing: {text}</StatusError>
          </Box>
        ) : (
          <Typography
            key={`${alert.longWindow}-${role}`}
            variant="body2"
            color="textSecondary"
          >
            {text}
          </Typography>
        );
      })}
    </>
  );
}

/**
 * The error ratio and burn rate over every alerting window, 5m to 3d. Windows
 * read by a firing alert are highlighted and say so.
 */
export function BurnRateTable(props: {
  burnRates: BurnRateReport[];
  alerts: BurnRateAlertReport[];
}) {
  const { burnRates, alerts } = props;
  const classes = useStyles();
  const headingId = useId();
  const firingWindows = new Set(
    alerts.filter(a => a.firing).flatMap(a => [a.longWindow, a.shortWindow]),
  );
  return (
    <Box>
      <SectionHeading id={headingId}>Burn rates</SectionHeading>
      <Table size="small" aria-labelledby={headingId}>
        <TableHead>
          <TableRow>
            <TableCell className={classes.number}>Window</TableCell>
            <TableCell align="right" className={classes.number}>
              Error ratio
            </TableCell>
            <TableCell align="right" className={classes.number}>
              Burn rate
            </TableCell>
            <TableCell>Alerts</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {burnRates.map(row => (
            <TableRow
              key={row.window}
              className={
                firingWindows.has(row.window) ? classes.firing : undefined
              }
            >
              <TableCell component="th" scope="row" role="rowheader">
                {row.window}
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {formatErrorRatio(row.errorRatio)}
              </TableCell>
              <TableCell align="right" className={classes.number}>
                {formatBurnRate(row.burnRate)}
              </TableCell>
              <TableCell>
                <AlertsReadingWindow window={row.window} alerts={alerts} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
