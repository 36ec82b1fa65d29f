import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import { formatDay, formatInstant } from '../../format/formatInstant';
import { exemptionState } from '../../format/exemptionState';
import { useTableStyles } from '../TableStyles';

/** A person's or group's ref shown as a link when it is one, as text otherwise. */
function Who(props: { entityRef: string }) {
  return /^(user|group):/i.test(props.entityRef) ? (
    <EntityRefLink entityRef={props.entityRef} hideIcon />
  ) : (
    <>{props.entityRef}</>
  );
}

/**
 * The control's exemptions: subject, justification, who asked and when,
 * who decided and why, the expiry and the state. People who may decide see
 * approve and reject on requested ones, except on their own requests.
 */
export function ExemptionsTable(props: {
  exemptions: ComplianceExemption[];
  canDecide: boolean;
  /** The signed-in person's ref, once known: nobody decides their own request. */
  currentUser?: string;
  onDecide: (
    exemption: ComplianceExemption,
    decision: 'approve' | 'reject',
  ) => void;
}) {
  const classes = useTableStyles();
  if (props.exemptions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No exemption was asked for this control.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Exemptions" className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '18%' }}>Subject</TableCell>
          <TableCell>Justification</TableCell>
          <TableCell style={{ width: '15%' }}>Requested by</TableCell>
          <TableCell style={{ width: '17%' }}>Approved by</TableCell>
          <TableCell style={{ width: '11%' }}>Expiry</TableCell>
          <TableCell style={{ width: '13%' }}>State</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.exemptions.map(exemption => {
          const state = exemptionState(exemption);
          const own =
            props.currentUser !== undefined &&
            props.currentUser === exemption.requestedBy;
          const mayDecide =
            props.canDecide && exemption.status === 'requested' && !own;
          return (
            <TableRow key={exemption.id} data-exemption={exemption.id}>
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2" className={classes.code}>
                  {exemption.subject}
                </Typography>
                {exemption.entityRef && (
                  <EntityRefLink entityRef={exemption.entityRef} hideIcon />
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
                  {exemption.justification}
                </Typography>
              </TableCell>
              <TableCell>
                <Who entityRef={exemption.requestedBy} />
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={classes.caption}
                >
                  {formatInstant(exemption.requestedAt)}
                </Typography>
              </TableCell>
              <TableCell>
                {exemption.decidedBy ? (
                  <>
                    {exemption.status === 'rejected' && 'Rejected by '}
                    <Who entityRef={exemption.decidedBy} />
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      className={classes.caption}
                    >
                      {formatInstant(exemption.decidedAt)}
                    </Typography>
                    {exemption.decisionComment && (
                      <Typography variant="caption" className={classes.caption}>
                        “{exemption.decisionComment}”
                      </Typography>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>{formatDay(exemption.expiresAt)}</TableCell>
              <TableCell>
                <Chip size="small" label={state} data-state={state} />
                {own && exemption.status === 'requested' && props.canDecide && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    className={classes.caption}
                  >
                    Your request: someone else from security decides.
                  </Typography>
                )}
                {mayDecide && (
                  <Box
                    display="flex"
                    flexWrap="wrap"
                    mt={0.5}
                    style={{ gap: 4 }}
                  >
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => props.onDecide(exemption, 'approve')}
                      aria-label={`Approve exemption for ${exemption.subject}`}
                    >
                      Approve
                    </Button>
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => props.onDecide(exemption, 'reject')}
                      aria-label={`Reject exemption for ${exemption.subject}`}
                    >
                      Reject
                    </Button>
                  </Box>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
