import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ChatIcon from '@material-ui/icons/ChatBubbleOutline';
import MailIcon from '@material-ui/icons/MailOutline';
import PhoneIcon from '@material-ui/icons/Phone';
import type { OnCallPerson } from '@localplus/plugin-oncall-common';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    minWidth: 0,
    '& > span, & > a': { overflowWrap: 'anywhere' },
  },
  icon: { fontSize: '1rem', color: theme.palette.text.secondary },
}));

function ContactLine(props: { icon: ReactNode; children: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography variant="body2" component="div" className={classes.line}>
      {props.icon}
      {props.children}
    </Typography>
  );
}

/** How to reach someone now: e-mail, phone and Slack, each only when known. */
export function PersonContact(props: { person?: OnCallPerson }) {
  const classes = useStyles();
  const { person } = props;
  if (!person || (!person.email && !person.phone && !person.slackHandle)) {
    return (
      <Typography variant="body2" color="textSecondary">
        No contact details in the catalog
      </Typography>
    );
  }
  const name = person.displayName;
  return (
    <Box display="flex" flexDirection="column" gridGap={2}>
      {person.phone && (
        <ContactLine icon={<PhoneIcon className={classes.icon} aria-hidden />}>
          <Link
            href={`tel:${person.phone.replace(/[^+\d]/g, '')}`}
            aria-label={`Call ${name} on ${person.phone}`}
          >
            {person.phone}
          </Link>
        </ContactLine>
      )}
      {person.email && (
        <ContactLine icon={<MailIcon className={classes.icon} aria-hidden />}>
          <Link
            href={`mailto:${person.email}`}
            aria-label={`E-mail ${name} at ${person.email}`}
          >
            {person.email}
          </Link>
        </ContactLine>
      )}
      {person.slackHandle && (
        <ContactLine icon={<ChatIcon className={classes.icon} aria-hidden />}>
          <span>Slack {person.slackHandle}</span>
        </ContactLine>
      )}
    </Box>
  );
}
