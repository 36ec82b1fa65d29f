import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { BudgetPolicyState } from '@localplus/plugin-slo-common';
import {
  POLICY_PRESENTATION,
  policyThreshold,
} from '../../policy/policyPresentation';
import { PolicyStateChip } from '../PolicyStateChip';
import { SectionHeading } from '../SectionHeading';

/** The budget policy state in force, what it means and what it allows to ship. */
export function PolicySummary(props: {
  state: BudgetPolicyState | null;
  /** The backend's wording, shown only for a state this portal does not know. */
  meaning?: string;
}) {
  const { state, meaning } = props;
  const presentation = state ? POLICY_PRESENTATION[state] : undefined;
  return (
    <Box>
      <SectionHeading>Budget policy</SectionHeading>
      <PolicyStateChip state={state} size="medium" />
      {presentation ? (
        <>
          <Typography variant="body1" style={{ marginTop: 8 }}>
            {presentation.headline}
          </Typography>
          <Typography variant="body2">
            <strong>Deployments:</strong> {presentation.deployments}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Applies {state && policyThreshold(state)}.
          </Typography>
        </>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {meaning ?? 'No policy state until the budget can be measured.'}
        </Typography>
      )}
    </Box>
  );
}
