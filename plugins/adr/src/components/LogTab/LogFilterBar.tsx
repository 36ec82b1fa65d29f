import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import {
  type DecisionFacets,
  NO_DECISION_FACETS,
} from '@localplus/plugin-adr-common';
import { FacetSelect } from './FacetSelect';
import { LogFilters } from './logFilters';
import { StatusSelect } from './StatusSelect';
import { TextFilter } from './TextFilter';

const useStyles = makeStyles(theme => ({
  // Controls wrap onto as many rows as the width needs: at 1024 px beside
  // the sidebar, three rows; at 1440 px, two.
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
    gap: theme.spacing(1.5),
    alignItems: 'center',
    marginBottom: theme.spacing(2),
  },
  text: { gridColumn: 'span 2' },
}));

/** The log's filters; every change goes to the URL through `onChange`. */
export function LogFilterBar(props: {
  filters: LogFilters;
  facets?: DecisionFacets;
  onChange: (change: Partial<LogFilters>) => void;
  onClear?: () => void;
}) {
  const classes = useStyles();
  const { filters, onChange } = props;
  const facets = props.facets ?? NO_DECISION_FACETS;
  return (
    <form
      className={classes.bar}
      aria-label="Filters"
      onSubmit={event => event.preventDefault()}
    >
      <div className={classes.text}>
        <TextFilter value={filters.q} onChange={q => onChange({ q })} />
      </div>
      <StatusSelect
        value={filters.status}
        facet={facets.statuses}
        onChange={status => onChange({ status })}
      />
      <TextField
        id="adr-filter-from"
        label="Dated from"
        type="date"
        value={filters.from ?? ''}
        onChange={event => onChange({ from: event.target.value || undefined })}
        InputLabelProps={{ shrink: true }}
        variant="outlined"
        size="small"
        fullWidth
      />
      <TextField
        id="adr-filter-to"
        label="Dated up to"
        type="date"
        value={filters.to ?? ''}
        onChange={event => onChange({ to: event.target.value || undefined })}
        InputLabelProps={{ shrink: true }}
        variant="outlined"
        size="small"
        fullWidth
      />
      <FacetSelect
        id="adr-filter-system"
        label="System"
        value={filters.system}
        facet={facets.systems}
        onChange={system => onChange({ system })}
      />
      <FacetSelect
        id="adr-filter-owner"
        label="Owner"
        value={filters.owner}
        facet={facets.owners}
        onChange={owner => onChange({ owner })}
      />
      <FacetSelect
        id="adr-filter-decision-maker"
        label="Decision-maker"
        value={filters.decisionMaker}
        facet={facets.decisionMakers}
        onChange={decisionMaker => onChange({ decisionMaker })}
      />
      <FacetSelect
        id="adr-filter-tag"
        label="Tag"
        value={filters.tag}
        facet={facets.tags}
        onChange={tag => onChange({ tag })}
      />
      {props.onClear && (
        <div>
          <Button onClick={props.onClear}>Clear filters</Button>
        </div>
      )}
    </form>
  );
}
