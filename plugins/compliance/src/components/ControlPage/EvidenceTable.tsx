import { Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ExaminedItem,
  LedgeredObservation,
} from '@localplus/plugin-compliance-common';
import { formatInstant } from '../../format/formatInstant';
import { safeHref } from '../../format/safeHref';
import { ResultChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

const useStyles = makeStyles(theme => ({
  examined: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2) },
}));

/** The start of a hash: enough to compare with the export's ledger.jsonl by eye. */
const SHORT_HASH = 12;

/** One examined item; a link only when its address is one a click may follow. */
function Examined(props: { item: ExaminedItem }) {
  const { item } = props;
  const href = safeHref(item.href);
  const text = `${item.type}: ${item.ref}`;
  return (
    <li>
      <Typography variant="caption">
        {href ? <Link to={href}>{text}</Link> : text}
      </Typography>
    </li>
  );
}

/**
 * A page of a control's observations as the ledger holds them: the check
 * and subject, the result, what was found and how (the summary, the method,
 * the things examined), when, and the ledger record with its hash.
 */
export function EvidenceTable(props: { observations: LedgeredObservation[] }) {
  const tableClasses = useTableStyles();
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Evidence" className={tableClasses.table}>
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '24%' }}>Check and subject</TableCell>
          <TableCell style={{ width: '11%' }}>Result</TableCell>
          <TableCell>Finding</TableCell>
          <TableCell style={{ width: '13%' }}>Observed</TableCell>
          <TableCell style={{ width: '14%' }}>Ledger</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.observations.map(observation => (
          <TableRow
            key={observation.sequence}
            data-sequence={observation.sequence}
          >
            <TableCell component="th" scope="row" role="rowheader">
              <Typography variant="body2" className={tableClasses.code}>
                {observation.check}
              </Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                className={tableClasses.code}
              >
                {observation.subject}
              </Typography>
            </TableCell>
            <TableCell>
              <ResultChip result={observation.result} />
            </TableCell>
            <TableCell>
              <Typography variant="body2">{observation.summary}</Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                className={tableClasses.caption}
              >
                Method: {observation.method}
              </Typography>
              {observation.examined.length > 0 && (
                <ul className={classes.examined} aria-label="Examined">
                  {observation.examined.map((item, index) => (
                    <Examined key={`${item.ref}-${index}`} item={item} />
                  ))}
                </ul>
              )}
            </TableCell>
            <TableCell>{formatInstant(observation.observedAt)}</TableCell>
            <TableCell>
              <Typography variant="body2">#{observation.sequence}</Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                className={tableClasses.code}
                title={observation.hash}
              >
                {observation.hash.slice(0, SHORT_HASH)}
              </Typography>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
