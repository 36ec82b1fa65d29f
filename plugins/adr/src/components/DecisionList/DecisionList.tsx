import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { ReactNode } from 'react';
import { decisionLabel } from '../../decisions/decisionLabel';
import { formatDate } from '../../decisions/formatDate';
import { shortRef } from '../../decisions/shortRef';
import { DecisionLink } from '../DecisionLink';
import { StatusChip } from '../StatusChip';

const useStyles = makeStyles(theme => ({
  item: { gap: theme.spacing(1) },
  chip: { flexShrink: 0, marginTop: theme.spacing(0.5) },
}));

/**
 * Decisions as a compact list for cards and widgets: the number and title
 * linking to the decision, its entity and date beneath, its status chip.
 */
export function DecisionList(props: {
  decisions: DecisionSummary[];
  label: string;
  /** Said when the list is empty. */
  emptyText: string;
  /** A line of its own under a decision (its review date, say). */
  detail?: (decision: DecisionSummary) => ReactNode;
  hideStatus?: boolean;
}) {
  const classes = useStyles();
  if (props.decisions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText}
      </Typography>
    );
  }
  return (
    <List disablePadding aria-label={props.label}>
      {props.decisions.map(decision => (
        <ListItem
          key={decision.id}
          disableGutters
          alignItems="flex-start"
          className={classes.item}
        >
          <ListItemText
            primary={
              <DecisionLink id={decision.id}>
                {decisionLabel(decision)}
              </DecisionLink>
            }
            secondary={
              <>
                {shortRef(decision.entityRef)} · {formatDate(decision.date)}
                {props.detail && (
                  <Typography
                    component="span"
                    variant="body2"
                    display="block"
                    color="textSecondary"
                  >
                    {props.detail(decision)}
                  </Typography>
                )}
              </>
            }
          />
          {!props.hideStatus && (
            <span className={classes.chip}>
              <StatusChip
                status={decision.status}
                statusText={decision.statusText}
              />
            </span>
          )}
        </ListItem>
      ))}
    </List>
  );
}
