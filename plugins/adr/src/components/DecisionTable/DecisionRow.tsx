import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { formatDate } from '../../decisions/formatDate';
import { shortRef } from '../../decisions/shortRef';
import { StatusChip } from '../StatusChip';

const useStyles = makeStyles(theme => ({
  oneLine: { whiteSpace: 'nowrap' },
  // Titles and entity names wrap between words, never letter by letter.
  decision: { minWidth: '13rem' },
  entity: { minWidth: '9rem' },
  tags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginTop: theme.spacing(0.5),
  },
  caption: { display: 'block' },
}));

/** The number as records write it, `0005`; a dash when the record has none. */
function paddedNumber(value: number | undefined): string {
  return value === undefined ? '—' : String(value).padStart(4, '0');
}

/**
 * One decision of the log: its number, its title linking to its page with
 * who decided and its tags beneath, its status, its date and, in the
 * organisation-wide log, the entity it belongs to with its system and owner.
 */
export function DecisionRow(props: {
  decision: DecisionSummary;
  /** The decision's page; the title is plain text without one. */
  to?: string;
  showEntity: boolean;
}) {
  const { decision, to, showEntity } = props;
  const classes = useStyles();
  return (
    <TableRow data-decision={decision.id}>
      <TableCell className={classes.oneLine}>
        {paddedNumber(decision.number)}
      </TableCell>
      <TableCell
        component="th"
        scope="row"
        role="rowheader"
        className={classes.decision}
      >
        <Typography variant="body2">
          {to ? <Link to={to}>{decision.title}</Link> : decision.title}
        </Typography>
        {decision.decisionMakers.length > 0 && (
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.caption}
          >
            Decided by {decision.decisionMakers.map(shortRef).join(', ')}
          </Typography>
        )}
        {decision.tags.length > 0 && (
          <div className={classes.tags} aria-label="Tags">
            {decision.tags.map(tag => (
              <Chip key={tag} label={tag} size="small" variant="outlined" />
            ))}
          </div>
        )}
      </TableCell>
      <TableCell className={classes.oneLine}>
        <StatusChip status={decision.status} statusText={decision.statusText} />
      </TableCell>
      <TableCell className={classes.oneLine}>
        {formatDate(decision.date)}
      </TableCell>
      {showEntity && (
        <TableCell className={classes.entity}>
          <Typography variant="body2">
            <EntityRefLink entityRef={decision.entityRef} hideIcon />
          </Typography>
          {decision.system && (
            <Typography
              variant="caption"
              color="textSecondary"
              className={classes.caption}
            >
              System <EntityRefLink entityRef={decision.system} hideIcon />
            </Typography>
          )}
          {decision.owner && (
            <Typography
              variant="caption"
              color="textSecondary"
              className={classes.caption}
            >
              Owner <EntityRefLink entityRef={decision.owner} hideIcon />
            </Typography>
          )}
        </TableCell>
      )}
    </TableRow>
  );
}
