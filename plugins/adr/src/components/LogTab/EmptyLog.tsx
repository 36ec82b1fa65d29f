import { EmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { ADR_LOCATION_ANNOTATION } from '@localplus/plugin-adr-common';
import { describeFilters, FilterKey, LogFilters } from './logFilters';

/**
 * Why the log shows no row: the filters in force, each one removable, or
 * a page past the last one, or an index with no decision at all.
 */
export function EmptyLog(props: {
  filters: LogFilters;
  total: number;
  onLoosen: (key: FilterKey) => void;
  onFirstPage: () => void;
}) {
  const inForce = describeFilters(props.filters);
  if (props.total > 0) {
    return (
      <Box my={2} role="status">
        <Typography variant="body1" gutterBottom>
          This page is past the last of the {props.total} matching decisions.
        </Typography>
        <Button variant="outlined" onClick={props.onFirstPage}>
          Back to the first page
        </Button>
      </Box>
    );
  }
  if (inForce.length > 0) {
    return (
      <Box my={2} role="status">
        <Typography variant="h6" component="p" gutterBottom>
          No decision matches these filters.
        </Typography>
        <Typography variant="body1" color="textSecondary" gutterBottom>
          Loosen one of them: remove it here or change it above.
        </Typography>
        <Box
          display="flex"
          flexWrap="wrap"
          style={{ gap: 8 }}
          aria-label="Filters in force"
          component="ul"
          p={0}
        >
          {inForce.map(filter => (
            <li key={filter.key} style={{ listStyle: 'none' }}>
              <Chip
                label={filter.label}
                onClick={() => props.onLoosen(filter.key)}
                onDelete={() => props.onLoosen(filter.key)}
                aria-label={`Remove the filter ${filter.label}`}
              />
            </li>
          ))}
        </Box>
      </Box>
    );
  }
  return (
    <EmptyState
      missing="data"
      title="No decision is indexed yet"
      description={`Decisions appear here once an entity points at its decision folder with the ${ADR_LOCATION_ANNOTATION} annotation and the index has read it.`}
    />
  );
}
