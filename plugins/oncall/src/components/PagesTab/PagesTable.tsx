import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { OnCallPage, OnCallPerson } from '@localplus/plugin-oncall-common';
import { formatInstant, formatRelative } from '../../format/formatInstant';
import { AcknowledgeButton, describeAcknowledgement } from '../OpenPages';
import { PersonLink } from '../PersonLink';
import { SeverityChip } from '../SeverityChip';

function targetVerdict(page: OnCallPage): string {
  if (page.metTarget === true) {
    return 'Met';
  }
  if (page.metTarget === false) {
    return 'Missed';
  }
  return page.acknowledgeTargetMinutes === undefined ? 'No target' : 'Pending';
}

/** Short values and names are not broken inside a word. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;

const HEADINGS = [
  'Severity',
  'Alert',
  'Fired',
  'Paged',
  'Acknowledgement',
  'Target',
  'Resolved',
];

/** Pages newest first: who was paged, acknowledged when and by whom, and whether in time. */
export function PagesTable(props: {
  pages: OnCallPage[];
  people: Record<string, OnCallPerson>;
  onAcknowledged: (page: OnCallPage) => void;
}) {
  const { pages, people } = props;
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Pages">
        <TableHead>
          <TableRow>
            {HEADINGS.map(heading => (
              <TableCell key={heading} style={ONE_LINE}>
                {heading}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {pages.map(page => {
            const status = describeAcknowledgement(page, people);
            return (
              <TableRow key={page.id}>
                <TableCell>
                  <SeverityChip severity={page.severity} />
                </TableCell>
                <TableCell component="th" scope="row" role="rowheader">
                  <Typography variant="body2">{page.summary}</Typography>
                  <Typography variant="caption" color="textSecondary">
                    {page.alertName}
                    {page.entityRef && (
                      <>
                        {' · '}
                        <EntityRefLink entityRef={page.entityRef} hideIcon />
                      </>
                    )}
                  </Typography>
                </TableCell>
                <TableCell>
                  {formatInstant(page.firedAt)}
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    {formatRelative(page.firedAt)}
                  </Typography>
                </TableCell>
                <TableCell style={ONE_LINE}>
                  {page.primary ? (
                    <PersonLink userRef={page.primary} people={people} />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  <Typography
                    variant="body2"
                    color={status.late ? 'error' : 'textPrimary'}
                  >
                    {status.text}
                  </Typography>
                  {!page.acknowledgedAt && !page.resolvedAt && (
                    <AcknowledgeButton
                      page={page}
                      onAcknowledged={props.onAcknowledged}
                    />
                  )}
                </TableCell>
                <TableCell style={ONE_LINE}>{targetVerdict(page)}</TableCell>
                <TableCell style={ONE_LINE}>
                  {page.resolvedAt ? formatInstant(page.resolvedAt) : 'Firing'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
