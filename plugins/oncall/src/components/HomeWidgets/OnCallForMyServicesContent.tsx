import { Link, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { refName } from '../../format/personName';
import { rootRouteRef } from '../../routes';
import { PersonLink } from '../PersonLink';
import { MyNextShifts } from './MyNextShifts';
import { OnCallForMe, useOnCallForMe } from './useOnCallForMe';

const SERVICES_NAMED = 3;
/** Headings are not broken inside a word on a narrow card. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;
/** The rotation's title and services keep room for a few words a line. */
const ROTATION_COLUMN = { minWidth: '8rem' } as const;

/**
 * A person's name keeps to one line where the card has room (a wide
 * screen), so the rotation's title and services wrap instead; on a narrow
 * card it wraps between words.
 */
const usePersonCellStyles = makeStyles(theme => ({
  person: {
    [theme.breakpoints.up('lg')]: { whiteSpace: 'nowrap' },
  },
}));

function servicesText(services: string[]): string {
  if (services.length === 0) {
    return 'Your group’s rotation';
  }
  const names = services.slice(0, SERVICES_NAMED).map(refName).join(', ');
  const more = services.length - SERVICES_NAMED;
  return more > 0 ? `${names} and ${more} more` : names;
}

function RotationsTable(props: { value: OnCallForMe }) {
  const { rotations, people } = props.value;
  const classes = usePersonCellStyles();
  if (rotations.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No rotation answers for your groups' services.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="On call for my services">
      <TableHead>
        <TableRow>
          <TableCell>Rotation</TableCell>
          <TableCell style={ONE_LINE}>Primary</TableCell>
          <TableCell style={ONE_LINE}>Secondary</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rotations.map(r => (
          <TableRow key={r.summary.name}>
            <TableCell
              component="th"
              scope="row"
              role="rowheader"
              style={ROTATION_COLUMN}
            >
              <Typography variant="body2">{r.summary.title}</Typography>
              <Typography variant="caption" color="textSecondary">
                {servicesText(r.myServices)}
              </Typography>
            </TableCell>
            {[r.now.primary, r.now.secondary].map((shift, index) => (
              <TableCell key={index} className={classes.person}>
                {shift ? (
                  <PersonLink userRef={shift.user} people={people} />
                ) : (
                  <Typography variant="body2" color="error">
                    Nobody
                  </Typography>
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Home widget: who is primary and secondary now for the services of the
 * signed-in person's groups, and that person's own next shifts.
 */
export function OnCallForMyServicesContent() {
  const { error, value } = useOnCallForMe();
  const pageLink = useRouteRef(rootRouteRef);
  if (error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        Who is on call could not be loaded: {error.message}
      </Typography>
    );
  }
  if (!value) {
    return <Progress />;
  }
  return (
    <Box overflow="auto">
      <RotationsTable value={value} />
      <Box mt={2}>
        <Typography variant="subtitle2" component="h3">
          My next shifts
        </Typography>
        <MyNextShifts shifts={value.shifts} />
      </Box>
      {pageLink && (
        <Box mt={1}>
          <Link to={pageLink()}>Every rotation, coverage and pages</Link>
        </Box>
      )}
    </Box>
  );
}
