import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  ComplianceExemption,
  ControlEvaluation,
} from '@localplus/plugin-compliance-common';
import { formatDay } from '../../format/formatInstant';
import {
  exemptionState,
  isPendingOrInForce,
} from '../../format/exemptionState';
import { statusRank } from '../../format/statusNames';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

function exemptionText(exemption: ComplianceExemption): string {
  const state = exemptionState(exemption);
  if (state === 'in force') {
    return `Exempt until ${formatDay(exemption.expiresAt)}`;
  }
  if (state === 'requested') {
    return `Exemption requested by ${exemption.requestedBy}`;
  }
  return state === 'expired'
    ? `Exemption expired ${formatDay(exemption.expiresAt)}`
    : 'Exemption rejected';
}

/**
 * The subjects the control covers, as the latest run of the period found
 * them: failing ones first, each with why and its exemption. People who may
 * request exemptions get the action on failing subjects that have none open.
 */
export function SubjectsTable(props: {
  subjects: ControlEvaluation[];
  exemptions: ComplianceExemption[];
  canRequestExemption: boolean;
  onRequestExemption: (subject: string) => void;
}) {
  const classes = useTableStyles();
  const rows = [...props.subjects].sort(
    (a, b) =>
      statusRank(a.status) - statusRank(b.status) ||
      a.subject.localeCompare(b.subject),
  );
  const exemptionOf = (evaluation: ControlEvaluation) =>
    props.exemptions.find(e => e.id === evaluation.exemptionId) ??
    props.exemptions.find(
      e => e.subject === evaluation.subject && isPendingOrInForce(e),
    );
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No subject was evaluated in this period.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Subjects" className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '26%' }}>Subject</TableCell>
          <TableCell style={{ width: '16%' }}>Entity</TableCell>
          <TableCell style={{ width: '13%' }}>Status</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell style={{ width: '18%' }}>Exemption</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(evaluation => {
          const exemption = exemptionOf(evaluation);
          const failing =
            evaluation.status === 'not-satisfied' ||
            evaluation.status === 'error';
          const mayRequest =
            props.canRequestExemption &&
            failing &&
            !(exemption && isPendingOrInForce(exemption));
          return (
            <TableRow
              key={evaluation.subject}
              data-subject={evaluation.subject}
            >
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2" className={classes.code}>
                  {evaluation.subject}
                </Typography>
              </TableCell>
              <TableCell>
                {evaluation.entityRef ? (
                  <EntityRefLink entityRef={evaluation.entityRef} hideIcon />
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <StatusChip status={evaluation.status} />
              </TableCell>
              <TableCell>
                <Typography variant="body2">{evaluation.reason}</Typography>
              </TableCell>
              <TableCell>
                {exemption && (
                  <Typography variant="body2">
                    {exemptionText(exemption)}
                  </Typography>
                )}
                {mayRequest && (
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => props.onRequestExemption(evaluation.subject)}
                    aria-label={`Request exemption for ${evaluation.subject}`}
                  >
                    Request exemption
                  </Button>
                )}
                {!exemption && !mayRequest && '—'}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
