import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ComplianceFramework,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import { formatInstant } from '../../format/formatInstant';
import { safeHref } from '../../format/safeHref';
import { CoverageBar } from '../CoverageBar';
import { RequirementChips } from '../RequirementChips';
import { StatusChip } from '../StatusChip';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    gap: theme.spacing(1, 2),
    margin: 0,
    '& dd': { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  },
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

/** The control's requirements grouped by the framework they belong to. */
function byFramework(requirements: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const ref of requirements) {
    const frameworkId = ref.slice(0, Math.max(0, ref.indexOf(':')));
    groups.set(frameworkId, [...(groups.get(frameworkId) ?? []), ref]);
  }
  return groups;
}

/**
 * What the control is: its description, owner, frequency, the requirements
 * it serves per framework, its documentation and the evidence it rests on,
 * with its status now and its coverage over the period.
 */
export function ControlFacts(props: {
  summary: ControlSummary;
  frameworks: ComplianceFramework[];
}) {
  const classes = useStyles();
  const { control } = props.summary;
  const documentation = safeHref(control.documentation);
  return (
    <InfoCard title="About this control">
      <Typography variant="body1" paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {control.description}
      </Typography>
      <dl className={classes.facts}>
        <dt>Status now</dt>
        <dd>
          <StatusChip status={props.summary.status} />
        </dd>
        <dt>Coverage</dt>
        <dd>
          <Box maxWidth={240}>
            <CoverageBar coverage={props.summary.coverage} />
          </Box>
        </dd>
        <dt>Last evaluated</dt>
        <dd>{formatInstant(props.summary.lastEvaluatedAt)}</dd>
        <dt>Owner</dt>
        <dd>
          <EntityRefLink entityRef={control.owner} hideIcon />
        </dd>
        <dt>Frequency</dt>
        <dd>{control.frequency}</dd>
        <dt>Requirements</dt>
        <dd>
          {[...byFramework(control.requirements)].map(([frameworkId, refs]) => (
            <Box key={frameworkId} mb={0.5}>
              <RequirementChips
                requirements={refs}
                frameworks={props.frameworks}
              />
            </Box>
          ))}
        </dd>
        <dt>Evidence</dt>
        <dd>
          <ul className={classes.list}>
            {control.evidence.map(evidence => (
              <li key={evidence.check}>
                <code>{evidence.check}</code>
                {evidence.description ? ` — ${evidence.description}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        {control.documentation && (
          <>
            <dt>Documentation</dt>
            <dd>
              {documentation ? (
                <Link to={documentation}>{control.documentation}</Link>
              ) : (
                control.documentation
              )}
            </dd>
          </>
        )}
      </dl>
    </InfoCard>
  );
}
