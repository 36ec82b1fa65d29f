import { InfoCard } from '@backstage/core-components';
import type { AccessExplanation } from '@localplus/plugin-access-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { PersonLink } from '../PersonLink';

const useStyles = makeStyles(theme => ({
  answer: {
    fontSize: '4rem',
    fontWeight: 700,
    lineHeight: 1.1,
    marginBottom: theme.spacing(1),
  },
  yes: { color: theme.palette.success.main },
  no: { color: theme.palette.error.main },
  reason: {
    fontSize: '1.15rem',
    marginBottom: theme.spacing(2),
    maxWidth: '80ch',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(1),
    margin: 0,
    '& dt': { fontWeight: 600 },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  code: { fontFamily: 'monospace' },
}));

const DECISION_WORDS = {
  allow: 'granted outright',
  conditional: 'granted on what the person owns',
  deny: 'not granted',
} as const;

/** The answer: Yes or No, in big letters, then the rule and the reason. */
export function ExplainAnswer(props: { explanation: AccessExplanation }) {
  const classes = useStyles();
  const e = props.explanation;
  return (
    <InfoCard title="Answer">
      <div
        role="status"
        aria-live="polite"
        data-testid="access-explain-answer"
        className={`${classes.answer} ${e.allowed ? classes.yes : classes.no}`}
      >
        {e.allowed ? 'Yes' : 'No'}
      </div>
      <Typography
        className={classes.reason}
        data-testid="access-explain-reason"
      >
        {e.reason}
      </Typography>
      <dl className={classes.facts}>
        <dt>Deciding rule</dt>
        <dd data-testid="access-explain-rule">
          <span className={classes.code}>{e.rule.id}</span>:{' '}
          {e.rule.description}
        </dd>
        <dt>Person</dt>
        <dd>
          <PersonLink userRef={e.userRef} displayName={e.displayName} />
        </dd>
        <dt>Roles held</dt>
        <dd>
          {e.roles.length === 0
            ? 'none'
            : e.roles
                .map(r => `${r.id} (via ${r.viaGroups.join(', ')})`)
                .join('; ')}
        </dd>
        <dt>Permission</dt>
        <dd className={classes.code}>{e.permission.name}</dd>
        {e.resourceRef && (
          <>
            <dt>Entity</dt>
            <dd className={classes.code}>{e.resourceRef}</dd>
          </>
        )}
        <dt>Policy for the roles</dt>
        <dd>{DECISION_WORDS[e.decision]}</dd>
      </dl>
    </InfoCard>
  );
}
