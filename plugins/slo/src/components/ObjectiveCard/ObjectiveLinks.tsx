import { CodeSnippet, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ObjectiveReport } from '@localplus/plugin-slo-common';
import { SectionHeading } from '../SectionHeading';

/** Where to go next: the runbook, the dashboard and the PromQL behind the SLI. */
export function ObjectiveLinks(props: {
  objective: Pick<ObjectiveReport, 'runbookUrl' | 'dashboardUrl' | 'queries'>;
}) {
  const { runbookUrl, dashboardUrl, queries } = props.objective;
  return (
    <Box>
      <Box display="flex" flexWrap="wrap" style={{ gap: 24 }} mb={2}>
        {runbookUrl ? (
          <Link to={runbookUrl}>Runbook</Link>
        ) : (
          <Typography variant="body2" color="textSecondary">
            No runbook linked
          </Typography>
        )}
        {dashboardUrl && <Link to={dashboardUrl}>Dashboard</Link>}
        {queries.explorerUrl && (
          <Link to={queries.explorerUrl}>Open the query in Prometheus</Link>
        )}
      </Box>
      <SectionHeading>Error ratio query</SectionHeading>
      <CodeSnippet
        text={queries.errorRatio}
        language="promql"
        wrapLongLines
        showCopyCodeButton
      />
    </Box>
  );
}
