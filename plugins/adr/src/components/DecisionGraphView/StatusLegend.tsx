import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { DECISION_STATUSES } from '@localplus/plugin-adr-common';
import { StatusChip } from '../StatusChip';

/** What the colours of the graph's boxes mean. */
export function StatusLegend() {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 6 }}
      aria-label="Colours of the statuses"
      mt={1}
    >
      <Typography variant="caption" color="textSecondary">
        Colours:
      </Typography>
      {DECISION_STATUSES.map(status => (
        <StatusChip key={status} status={status} />
      ))}
    </Box>
  );
}
