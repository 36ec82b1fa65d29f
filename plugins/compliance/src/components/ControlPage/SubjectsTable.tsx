import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
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
import { useState } from 'react';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';
import { ClampedReason } from '../ClampedText';
import {
  FIRST_SUBJECTS,
  isFailing,
  shownSubjects,
  sortSubjects,
} from './SubjectsTableRows';

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
 * them: failing ones first, each with why (cut to three lines) and its
 * exemption. When some fail only they are shown at first, so they do not
 * drown among dozens of satisfied ones; a button shows the others. People
 * who may request exemptions get the action on failing subjects that have
 * none open.
 */
export function SubjectsTable(props: {
  subjects: ControlEvaluation[];
  exemptions: ComplianceExemption[];
  canRequestExemption: boolean;
  onRequestExemption: (subject: string) => void;
}) {
  const classes = useTableStyles();
  const [expanded, setExpanded] = useState(false);
  const sorted = sortSubjects(props.subjects);
  const { rows, showMore } = shownSubjects(sorted, expanded);
  const collapsible = expanded && shownSubjects(sorted, false).showMore;
  const collapse = sorted.some(isFailing)
    ? 'Show only the failing subjects'
    : `Show the first ${FIRST_SUBJECTS}`;
  const exemptionOf = (evaluation: ControlEvaluation) =>
    props.exemptions.find(e => e.id === evaluation.exemptionId) ??
    props.exemptions.find(
      e => e.subject === evaluation.subject && isPendingOrInForce(e),
    );
  if (sorted.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No subject was evaluated in this period.
      </Typography>
    );
  }
  return (
    <>
      <Table size="small" aria-label="Subjects" className={classes.table}>
        <TableHead>
          <TableRow>
            <TableCell style={{ width: '18%' }}>Subject</TableCell>
            {/* Room for the longest word of a title ("Observability") at
                1024 px; at 13 % titles broke inside words. */}
            <TableCell style={{ width: '22%' }}>Entity</TableCell>
            {/* Wide enough for the longest chip, "Not satisfied", with the
                cell's padding: 12 % cut it at 1024 px. */}
            <TableCell style={{ width: 136 }}>Status</TableCell>
            {/* The reason takes what the others leave: most of the width. */}
            <TableCell>Reason</TableCell>
            <TableCell style={{ width: '14%' }}>Exemption</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(evaluation => {
            const exemption = exemptionOf(evaluation);
            const mayRequest =
              props.canRequestExemption &&
              isFailing(evaluation) &&
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
                  <ClampedReason text={evaluation.reason} lines={3} />
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
                      onClick={() =>
                        props.onRequestExemption(evaluation.subject)
                      }
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
      {(showMore || collapsible) && (
        <Box mt={1}>
          <Button
            size="small"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? collapse : showMore}
          </Button>
        </Box>
      )}
    </>
  );
}
