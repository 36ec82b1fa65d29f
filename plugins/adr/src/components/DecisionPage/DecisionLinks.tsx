import { InfoCard, Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  DecisionLink as DecisionLinkData,
  DecisionLinkKind,
  DecisionSummary,
} from '@localplus/plugin-adr-common';
import { decisionLabel } from '../../decisions/decisionLabel';
import { DecisionLink } from '../DecisionLink';

const KINDS: Array<[DecisionLinkKind, string]> = [
  ['supersedes', 'Supersedes'],
  ['superseded-by', 'Superseded by'],
  ['amends', 'Amends'],
  ['amended-by', 'Amended by'],
  ['relates-to', 'Relates to'],
];

function Target(props: {
  link: DecisionLinkData;
  known: Map<string, DecisionSummary>;
}) {
  const { link, known } = props;
  if (link.decisionId) {
    const decision = known.get(link.decisionId);
    return (
      <DecisionLink id={link.decisionId}>
        {decision ? decisionLabel(decision) : link.target}
      </DecisionLink>
    );
  }
  if (/^https?:\/\//i.test(link.target)) {
    return <Link to={link.target}>{link.target}</Link>;
  }
  return (
    <>
      {link.target}{' '}
      <Typography component="span" variant="caption" color="textSecondary">
        (not a decision in the log)
      </Typography>
    </>
  );
}

/**
 * The decision's links by kind, each leading to the other decision's page
 * when the index resolved it; `known` names those decisions.
 */
export function DecisionLinks(props: {
  links: DecisionLinkData[];
  known: Map<string, DecisionSummary>;
}) {
  const groups = KINDS.map(([kind, title]) => ({
    kind,
    title,
    links: props.links.filter(link => link.kind === kind),
  })).filter(group => group.links.length > 0);
  return (
    <InfoCard title="Links">
      {groups.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          This record links to no other decision.
        </Typography>
      ) : (
        groups.map(group => (
          <List
            key={group.kind}
            disablePadding
            aria-label={group.title}
            subheader={
              <Typography variant="subtitle2" component="h3">
                {group.title}
              </Typography>
            }
          >
            {group.links.map(link => (
              <ListItem key={`${link.kind} ${link.target}`} disableGutters>
                <ListItemText
                  primary={<Target link={link} known={props.known} />}
                />
              </ListItem>
            ))}
          </List>
        ))
      )}
    </InfoCard>
  );
}
