import { Content } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  heading: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
  },
  intro: { marginBottom: theme.spacing(2), maxWidth: '90ch' },
}));

/**
 * One tab of a plugin's page: a heading saying which question the tab
 * answers, a sentence on how to read it, optional actions beside the
 * heading, then the answer.
 */
export function TabLayout(props: {
  title: string;
  intro: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <Content>
      <div className={classes.heading}>
        <Typography variant="h4" component="h2" gutterBottom>
          {props.title}
        </Typography>
        {props.actions}
      </div>
      <Typography
        variant="body1"
        color="textSecondary"
        className={classes.intro}
      >
        {props.intro}
      </Typography>
      {props.children}
    </Content>
  );
}
