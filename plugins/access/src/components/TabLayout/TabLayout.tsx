import { Content } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  intro: { marginBottom: theme.spacing(2), maxWidth: '80ch' },
}));

/**
 * One tab of the Access page: a heading that says which question the tab
 * answers, a sentence on how, and the answer.
 */
export function TabLayout(props: {
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <Content>
      <Typography variant="h4" component="h2" gutterBottom>
        {props.title}
      </Typography>
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
