import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { AccessRole } from '@localplus/plugin-access-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { PersonLink } from '../PersonLink';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(0.5), overflowWrap: 'anywhere' },
  section: { marginTop: theme.spacing(2) },
}));

function shortRef(ref: string): string {
  return ref.replace(/^group:default\//, '');
}

/** One role: what it is for, the groups that give it, and who holds it. */
export function RoleCard(props: { role: AccessRole }) {
  const classes = useStyles();
  const { role } = props;
  return (
    <InfoCard title={role.title} subheader={role.description}>
      <Typography variant="subtitle2" component="h3">
        Groups
      </Typography>
      {role.groups.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No group is mapped to this role.
        </Typography>
      ) : (
        <ul aria-label={`${role.title}: groups`} className={classes.list}>
          {role.groups.map(group => (
            <li key={group} className={classes.item}>
              <EntityRefLink entityRef={group} hideIcon>
                {shortRef(group)}
              </EntityRefLink>
            </li>
          ))}
        </ul>
      )}
      <Typography
        variant="subtitle2"
        component="h3"
        className={classes.section}
      >
        Members ({role.members.length})
      </Typography>
      {role.members.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Nobody holds this role.
        </Typography>
      ) : (
        <ul aria-label={`${role.title}: members`} className={classes.list}>
          {role.members.map(member => (
            <li key={member.userRef} className={classes.item}>
              <PersonLink
                userRef={member.userRef}
                displayName={member.displayName}
              />{' '}
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
              >
                via {member.viaGroups.map(shortRef).join(', ')}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </InfoCard>
  );
}
