import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  NATIVE_PROVIDER_ID,
  type OnCallOverview,
  type Shift,
} from '@localplus/plugin-oncall-common';
import { formatInstant, formatRelative } from '../../format/formatInstant';
import { personName } from '../../format/personName';
import { PersonLink } from '../PersonLink';

type Row = OnCallOverview['rotations'][number];

/**
 * The count's heading stays whole: in a narrow table the last column was
 * squeezed below its longest word ("Service / s covered" at 1024 px).
 */
const HEADING_ONE_LINE = { whiteSpace: 'nowrap' } as const;

function Holder(props: { shift?: Shift; people: OnCallOverview['people'] }) {
  if (!props.shift) {
    return (
      <Typography variant="body2" color="error">
        Nobody
      </Typography>
    );
  }
  return <PersonLink userRef={props.shift.user} people={props.people} />;
}

function NextHandoff(props: { row: Row; people: OnCallOverview['people'] }) {
  const { now, summary } = props.row;
  if (!now.nextHandoff) {
    return <>None in the next 8 weeks</>;
  }
  const next = [
    now.nextPrimary &&
      `${personName(props.people, now.nextPrimary.user)} primary`,
    now.nextSecondary &&
      `${personName(props.people, now.nextSecondary.user)} secondary`,
  ].filter(Boolean);
  return (
    <>
      <Typography variant="body2">
        {formatRelative(now.nextHandoff)},{' '}
        {formatInstant(now.nextHandoff, summary.timeZone)}
      </Typography>
      {next.length > 0 && (
        <Typography variant="caption" color="textSecondary">
          Then {next.join(', ')}
        </Typography>
      )}
    </>
  );
}

/** Every rotation: who holds primary and secondary now, the next handoff, the services covered. */
export function NowTable(props: { overview: OnCallOverview }) {
  const { rotations, people } = props.overview;
  return (
    <Box overflow="auto">
      <Table size="small" aria-label="Who is on call now">
        <TableHead>
          <TableRow>
            <TableCell>Rotation</TableCell>
            <TableCell>Primary</TableCell>
            <TableCell>Secondary</TableCell>
            <TableCell>Next handoff</TableCell>
            <TableCell align="right" style={HEADING_ONE_LINE}>
              Services covered
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rotations.map(row => (
            <TableRow key={row.summary.name}>
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2">{row.summary.title}</Typography>
                <Typography variant="caption" color="textSecondary">
                  <EntityRefLink entityRef={row.summary.owner} hideIcon />
                  {' · '}
                  {row.summary.provider === NATIVE_PROVIDER_ID
                    ? 'rotation file'
                    : row.summary.provider}
                  {' · '}
                  {row.summary.timeZone}
                </Typography>
              </TableCell>
              <TableCell>
                <Holder shift={row.now.primary} people={people} />
              </TableCell>
              <TableCell>
                <Holder shift={row.now.secondary} people={people} />
              </TableCell>
              <TableCell>
                <NextHandoff row={row} people={people} />
              </TableCell>
              <TableCell align="right">{row.services.length}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
