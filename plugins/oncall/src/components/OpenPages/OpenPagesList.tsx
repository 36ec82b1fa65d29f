import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { OnCallPage, OnCallPerson } from '@localplus/plugin-oncall-common';
import { useEffect, useState } from 'react';
import { formatRelative } from '../../format/formatInstant';
import { SeverityChip } from '../SeverityChip';
import { AcknowledgeButton } from './AcknowledgeButton';
import { describeAcknowledgement } from './pageStatus';

/**
 * The entity's open pages, newest first, each with its severity, where it
 * stands against its acknowledge target and an Acknowledge button.
 */
export function OpenPagesList(props: {
  pages: OnCallPage[];
  people: Record<string, OnCallPerson>;
}) {
  const [pages, setPages] = useState(props.pages);
  useEffect(() => setPages(props.pages), [props.pages]);

  if (pages.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No open page.
      </Typography>
    );
  }
  const replace = (page: OnCallPage) =>
    setPages(current => current.map(p => (p.id === page.id ? page : p)));

  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Open pages">
        <TableHead>
          <TableRow>
            <TableCell>Severity</TableCell>
            <TableCell>Alert</TableCell>
            <TableCell>Acknowledgement</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pages.map(page => {
            const status = describeAcknowledgement(page, props.people);
            return (
              <TableRow key={page.id}>
                <TableCell>
                  <SeverityChip severity={page.severity} />
                </TableCell>
                <TableCell component="th" scope="row" role="rowheader">
                  <Typography variant="body2">{page.summary}</Typography>
                  <Typography variant="caption" color="textSecondary">
                    {page.alertName}, fired {formatRelative(page.firedAt)}
                    {page.runbookUrl && (
                      <>
                        {' · '}
                        <Link href={page.runbookUrl}>Runbook</Link>
                      </>
                    )}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Typography
                    variant="body2"
                    color={status.late ? 'error' : 'textPrimary'}
                  >
                    {status.text}
                  </Typography>
                  {!page.acknowledgedAt && (
                    <AcknowledgeButton page={page} onAcknowledged={replace} />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
