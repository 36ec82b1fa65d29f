import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { INCIDENT_WORKFLOW } from './incidentGuide';

const useStyles = makeStyles(theme => ({
  steps: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: theme.spacing(2),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  step: {
    borderTop: `3px solid ${theme.palette.primary.main}`,
    paddingTop: theme.spacing(1),
  },
  actions: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

/** Detect, triage, mitigate, resolve, post-mortem: one column per step. */
export function IncidentWorkflow() {
  const classes = useStyles();
  return (
    <ol className={classes.steps} aria-label="Incident workflow">
      {INCIDENT_WORKFLOW.map((step, index) => (
        <li key={step.title} className={classes.step}>
          <Typography variant="subtitle2" component="p">
            {index + 1}. {step.title}
            {step.who && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
                display="block"
              >
                {step.who}
              </Typography>
            )}
          </Typography>
          <ul className={classes.actions}>
            {step.actions.map(action => (
              <li key={action}>
                <Typography variant="body2">{action}</Typography>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
