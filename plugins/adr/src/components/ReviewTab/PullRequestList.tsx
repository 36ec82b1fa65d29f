import { Link } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { DecisionPullRequest } from '@localplus/plugin-adr-common';
import { formatDate } from '../../decisions/formatDate';

/** Open pull requests touching decision folders, with the decision files each changes. */
export function PullRequestList(props: {
  pullRequests: DecisionPullRequest[];
}) {
  if (props.pullRequests.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No open pull request touches a decision folder (or GitHub is not
        configured for this portal).
      </Typography>
    );
  }
  return (
    <List disablePadding aria-label="Open pull requests">
      {props.pullRequests.map(pr => (
        <ListItem
          key={`${pr.repository}#${pr.number}`}
          disableGutters
          alignItems="flex-start"
        >
          <ListItemText
            primary={
              <>
                <Link to={pr.url}>{pr.title}</Link>
                {pr.draft && (
                  <Chip
                    label="Draft"
                    size="small"
                    variant="outlined"
                    style={{ marginLeft: 8 }}
                  />
                )}
              </>
            }
            secondaryTypographyProps={{ component: 'div' }}
            secondary={
              <>
                {pr.repository}#{pr.number} by {pr.author}, opened{' '}
                {formatDate(pr.createdAt)}
                <ul
                  aria-label={`Decision files of ${pr.repository}#${pr.number}`}
                  style={{ margin: '4px 0 0', paddingLeft: 20 }}
                >
                  {pr.files.map(file => (
                    <li key={file}>
                      <code>{file}</code>
                    </li>
                  ))}
                </ul>
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
