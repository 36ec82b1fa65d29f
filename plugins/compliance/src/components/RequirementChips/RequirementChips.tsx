import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import type { ComplianceFramework } from '@localplus/plugin-compliance-common';
import { requirementLabel } from '../../format/requirementLabel';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  chip: { maxWidth: '100%' },
}));

/** The title of a requirement when its framework is known. */
function requirementTitle(
  ref: string,
  frameworks: ComplianceFramework[],
): string | undefined {
  const colon = ref.indexOf(':');
  const framework = frameworks.find(f => f.id === ref.slice(0, colon));
  return framework?.requirements.find(r => r.id === ref.slice(colon + 1))
    ?.title;
}

/**
 * The requirements a control serves, `SOC 2 CC6.1`, one chip each, the
 * requirement's title as its tooltip when the framework is known.
 */
export function RequirementChips(props: {
  requirements: string[];
  frameworks?: ComplianceFramework[];
}) {
  const classes = useStyles();
  const frameworks = props.frameworks ?? [];
  return (
    <ul className={classes.chips} aria-label="Requirements">
      {props.requirements.map(ref => {
        const chip = (
          <Chip
            size="small"
            variant="outlined"
            className={classes.chip}
            label={requirementLabel(ref, frameworks)}
          />
        );
        const title = requirementTitle(ref, frameworks);
        return (
          <li key={ref}>
            {title ? <Tooltip title={title}>{chip}</Tooltip> : chip}
          </li>
        );
      })}
    </ul>
  );
}
