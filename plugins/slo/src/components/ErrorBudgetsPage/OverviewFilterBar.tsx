import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import type {
  OverviewFilters,
  SloOverview,
} from '@localplus/plugin-slo-common';
import { formatEntityRef } from '../../format/formatEntityRef';
import {
  OVERVIEW_FILTER_KEYS,
  OverviewFilterKey,
} from '../../hooks/useOverviewFilters';

const FILTERS: Record<
  OverviewFilterKey,
  {
    label: string;
    all: string;
    facet: keyof SloOverview['facets'];
    display?: (value: string) => string;
  }
> = {
  owner: {
    label: 'Owner',
    all: 'All owners',
    facet: 'owners',
    display: value => formatEntityRef(value, 'group'),
  },
  system: {
    label: 'System',
    all: 'All systems',
    facet: 'systems',
    display: value => formatEntityRef(value, 'system'),
  },
  tier: { label: 'Tier', all: 'All tiers', facet: 'tiers' },
  criticality: {
    label: 'Criticality',
    all: 'All criticalities',
    facet: 'criticalities',
  },
};

/** Owner, system, tier and criticality selects, fed by the overview's facets. */
export function OverviewFilterBar(props: {
  filters: OverviewFilters;
  facets?: SloOverview['facets'];
  onChange: (key: OverviewFilterKey, value: string) => void;
  onClear: () => void;
}) {
  const { filters, facets, onChange, onClear } = props;
  const active = OVERVIEW_FILTER_KEYS.filter(key => filters[key]);
  return (
    <Box
      component="form"
      role="search"
      aria-label="Filter objectives"
      display="flex"
      flexWrap="wrap"
      alignItems="flex-end"
      mt={1}
      style={{ gap: 16 }}
      onSubmit={e => e.preventDefault()}
    >
      {OVERVIEW_FILTER_KEYS.map(key => {
        const filter = FILTERS[key];
        const selected = filters[key] ?? '';
        const values = [...(facets?.[filter.facet] ?? [])];
        // A shared link may name a value no objective has any more: keep it visible.
        if (selected && !values.includes(selected)) {
          values.push(selected);
        }
        return (
          <TextField
            key={key}
            id={`slo-filter-${key}`}
            select
            label={filter.label}
            value={selected}
            onChange={e => onChange(key, e.target.value)}
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            style={{ minWidth: 180 }}
          >
            <option value="">{filter.all}</option>
            {values.map(value => (
              <option key={value} value={value}>
                {filter.display ? filter.display(value) : value}
              </option>
            ))}
          </TextField>
        );
      })}
      {active.length > 0 && <Button onClick={onClear}>Clear filters</Button>}
    </Box>
  );
}
