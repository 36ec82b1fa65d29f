import { useId } from 'react';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type {
  BurnRateAlertReport,
  BurnRateReport,
} from '@localplus/plugin-slo-common';
import { formatBurnRate } from '../../format/formatBurnRate';
import { SectionHeading } from '../SectionHeading';

function AlertStatus(props: { alert: BurnRateAlertReport }) {
  if (props.alert.firing) {
    return <StatusError>FIRING</StatusError>;
  }
  if (props.alert.heldByLowTraffic) {
    return <StatusWarning>Held by low traffic</StatusWarning>;
  }
  return <StatusOK>OK</StatusOK>;
}

function WindowCell(props: { window: string; burnRates: BurnRateReport[] }) {
  const current = props.burnRates.find(b => b.window === props.window);
  return (
    <TableCell>
      {props.window}
      {current && current.burnRate !== null && (
        <Box component="span" color="text.secondary">
          {' '}
          (now {formatBurnRate(current.burnRate)})
        </Box>
      )}
    </TableCell>
  );
}

/** The multiwindow, multi-burn-rate alerts and whether each fires now. */
export function AlertTable(props: {
  alerts: BurnRateAlertReport[];
  burnRates: BurnRateReport[];
}) {
  const { alerts, burnRates } = props;
  const headingId = useId();
  return (
    <Box>
      <SectionHeading id={headingId}>Burn-rate alerts</SectionHeading>
      <Table size="small" aria-labelledby={headingId}>
        <TableHead>
          <TableRow>
            <TableCell>Severity</TableCell>
            <TableCell align="right">Burn rate</TableCell>
            <TableCell>Long window</TableCell>
            <TableCell>Short window</TableCell>
            <TableCell>Status</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {alerts.map(alert => (
            <TableRow key={`${alert.severity}-${alert.longWindow}`}>
              <TableCell component="th" scope="row" role="rowheader">
                {alert.severity === 'page' ? 'Page' : 'Ticket'}
              </TableCell>
              <TableCell align="right">
                ≥ {formatBurnRate(alert.burnRate)}
              </TableCell>
              <WindowCell window={alert.longWindow} burnRates={burnRates} />
              <WindowCell window={alert.shortWindow} burnRates={burnRates} />
              <TableCell>
                <AlertStatus alert={alert} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
