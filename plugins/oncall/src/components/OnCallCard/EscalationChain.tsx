import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallPerson,
  ResolvedEscalationStep,
} from '@localplus/plugin-oncall-common';
import { Fragment } from 'react';
import { formatEscalationDelay } from '../../format/formatDuration';
import { PersonLink } from '../PersonLink';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

/**
 * Who is called if nobody acknowledges, in order, with the delay of each
 * step: "after 15 min: Secondary on call — Eve Laurent".
 */
export function EscalationChain(props: {
  steps: ResolvedEscalationStep[];
  people: Record<string, OnCallPerson>;
}) {
  const classes = useStyles();
  if (props.steps.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        The rotation declares no escalation.
      </Typography>
    );
  }
  return (
    <ol className={classes.list} aria-label="Escalation chain">
      {props.steps.map((step, index) => (
        <li key={`${index}-${step.title}`}>
          <Typography variant="body2">
            {formatEscalationDelay(step.afterMinutes)}: {step.title} —{' '}
            {step.people.length === 0
              ? 'nobody at the moment'
              : step.people.map((ref, i) => (
                  <Fragment key={ref}>
                    {i > 0 && ', '}
                    <PersonLink userRef={ref} people={props.people} />
                  </Fragment>
                ))}
          </Typography>
        </li>
      ))}
    </ol>
  );
}
