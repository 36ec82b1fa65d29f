import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { SeverityChip } from '../SeverityChip';
import { IncidentWorkflow } from './IncidentWorkflow';
import { SEVERITY_LEVELS } from './incidentGuide';

/** Card titles are headings, for screen readers and the tests. */
const H2 = { component: 'h2' } as const;

/**
 * The P1-P4 matrix: what each severity means and how fast and loud to
 * answer. The channels sit under the response, four columns rather than
 * five, so that the table reads whole in the half of the On call tab it
 * gets at 1440 px.
 */
function SeverityTable() {
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Severity levels">
        <TableHead>
          <TableRow>
            <TableCell>Severity</TableCell>
            <TableCell>Definition</TableCell>
            <TableCell>Acknowledge</TableCell>
            <TableCell>Response and channels</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {SEVERITY_LEVELS.map(level => (
            <TableRow key={level.severity}>
              <TableCell component="th" scope="row" role="rowheader">
                <SeverityChip severity={level.severity} />
              </TableCell>
              <TableCell>{level.definition}</TableCell>
              <TableCell>{level.acknowledge}</TableCell>
              <TableCell>
                {level.response}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  {level.communication}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * The platform's severity matrix and its five-step incident workflow, as
 * the seeds state them, for whoever is paged: shown beside the service's
 * schedule and runbooks on the On call tab.
 */
export function SeverityMatrix() {
  return (
    <InfoCard titleTypographyProps={H2} title="Severity and incident workflow">
      <Typography variant="h6" component="h3" gutterBottom>
        Severity levels
      </Typography>
      <SeverityTable />
      <Box mt={3}>
        <Typography variant="h6" component="h3" gutterBottom>
          Incident workflow
        </Typography>
        <IncidentWorkflow />
      </Box>
    </InfoCard>
  );
}
