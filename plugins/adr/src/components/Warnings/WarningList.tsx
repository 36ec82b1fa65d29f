import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';
import type {
  DecisionSummary,
  DecisionWarning,
} from '@localplus/plugin-adr-common';
import { Fragment } from 'react';
import { decisionLabel, slugOf } from '../../decisions/decisionLabel';
import { DecisionLink } from '../DecisionLink';
import { describeWarning, SentencePart } from './describeWarning';

function Part(props: {
  part: SentencePart;
  known: Map<string, DecisionSummary>;
}) {
  const { part, known } = props;
  if (typeof part === 'string') {
    return <>{part}</>;
  }
  if ('entity' in part) {
    return <EntityRefLink entityRef={part.entity} hideIcon />;
  }
  const decision = known.get(part.decision);
  return (
    <DecisionLink id={part.decision}>
      {decision ? decisionLabel(decision) : slugOf(part.decision)}
    </DecisionLink>
  );
}

/**
 * The graph's warnings in plain words, each naming and linking the
 * decisions concerned. `decisions` gives their titles where known.
 */
export function WarningList(props: {
  warnings: DecisionWarning[];
  decisions: DecisionSummary[];
  /** Said when there is no warning. */
  emptyText: string;
}) {
  const theme = useTheme();
  const known = new Map(props.decisions.map(d => [d.id, d]));
  if (props.warnings.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.emptyText}
      </Typography>
    );
  }
  return (
    <List disablePadding aria-label="Warnings">
      {props.warnings.map((warning, index) => {
        const described = describeWarning(warning, id => known.get(id)?.status);
        return (
          <ListItem key={index} disableGutters alignItems="flex-start">
            <ListItemIcon style={{ minWidth: 32 }}>
              <WarningIcon
                fontSize="small"
                htmlColor={theme.palette.warning.dark}
              />
            </ListItemIcon>
            <ListItemText
              primary={described.heading}
              secondary={described.sentence.map((part, partIndex) => (
                <Fragment key={partIndex}>
                  <Part part={part} known={known} />
                </Fragment>
              ))}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
