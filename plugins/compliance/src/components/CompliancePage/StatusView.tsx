import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ComplianceStatusResponse } from '@localplus/plugin-compliance-common';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { servesFramework } from '../../format/requirementLabel';
import { safeHref } from '../../format/safeHref';
import { ComplianceSummary } from './ComplianceSummary';
import { ControlsTable } from './ControlsTable';
import { ALL_FRAMEWORKS, FrameworkTabs } from './FrameworkTabs';
import { RequirementsTable } from './RequirementsTable';

/**
 * The status page's answer for one period: the framework tabs, the summary
 * of the controls in view, a framework's requirements with the controls
 * serving them, and the controls. Tabs filter the one answer, so moving
 * between frameworks asks the backend nothing.
 */
export function StatusView(props: {
  status: ComplianceStatusResponse;
  period: PeriodQuery;
  frameworkId: string;
  onFrameworkChange: (frameworkId: string) => void;
}) {
  const { status, period, frameworkId } = props;
  const framework = status.frameworks.find(f => f.id === frameworkId);
  const controls = framework
    ? status.controls.filter(c =>
        servesFramework(c.control.requirements, framework.id),
      )
    : status.controls;
  const documentation = safeHref(framework?.documentation);
  return (
    <>
      <FrameworkTabs
        frameworks={status.frameworks}
        selected={framework ? framework.id : ALL_FRAMEWORKS}
        onChange={props.onFrameworkChange}
      />
      <Box mt={2}>
        {frameworkId && !framework && (
          <Box mb={2}>
            <Alert severity="info">
              No framework “{frameworkId}” is defined; all controls are shown.
            </Alert>
          </Box>
        )}
        {framework && (
          <Box mb={2} maxWidth="90ch">
            <Typography variant="h5" component="h3">
              {framework.title}
              {framework.version ? ` (${framework.version})` : ''}
            </Typography>
            {framework.description && (
              <Typography variant="body2" color="textSecondary">
                {framework.description}
              </Typography>
            )}
            {documentation && (
              <Typography variant="body2">
                <Link to={documentation}>How we meet {framework.title}</Link>
              </Typography>
            )}
          </Box>
        )}
        <ComplianceSummary
          controls={controls}
          ledger={status.ledger}
          latestRun={status.latestRun}
        />
        {framework && (
          <Box mb={3}>
            <Typography variant="h6" component="h3" gutterBottom>
              Requirements
            </Typography>
            <RequirementsTable
              framework={framework}
              controls={status.controls}
              period={period}
            />
          </Box>
        )}
        <Typography variant="h6" component="h3" gutterBottom>
          Controls
        </Typography>
        {controls.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            No control is defined
            {framework ? ` for ${framework.title}` : ''} yet.
          </Typography>
        ) : (
          <ControlsTable
            controls={controls}
            frameworks={status.frameworks}
            period={period}
            label={framework ? `Controls of ${framework.title}` : 'Controls'}
          />
        )}
      </Box>
    </>
  );
}
