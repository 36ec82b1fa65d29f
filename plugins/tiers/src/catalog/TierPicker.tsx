import { useEffect, useMemo, useState } from 'react';
import { Select, SelectedItems } from '@backstage/core-components';
import { useEntityList } from '@backstage/plugin-catalog-react';
import { TierModel } from '@localplus/plugin-tiers-common';
import Box from '@material-ui/core/Box';
import { useTierModel } from '../hooks/useTierModel';
import {
  EntityTierFilter,
  TIER_FILTER_NAME,
  TierEntityFilters,
} from './EntityTierFilter';

function asValues(value: SelectedItems | string | string[] | undefined) {
  return [value ?? []].flat().map(String).filter(Boolean);
}

function TierSelect(props: { model: TierModel }) {
  const { model } = props;
  const { updateFilters, queryParameters } = useEntityList<TierEntityFilters>();
  // Keyed on the joined values: the context may hand out a new array per render.
  const queryKey = asValues(queryParameters[TIER_FILTER_NAME]).join(',');
  const fromQuery = useMemo(() => asValues(queryKey.split(',')), [queryKey]);
  const [selected, setSelected] = useState<string[]>(fromQuery);

  // The query string wins when it changes, e.g. a link from the Tiers page.
  useEffect(() => {
    if (fromQuery.length > 0) {
      setSelected(fromQuery);
    }
  }, [fromQuery]);

  useEffect(() => {
    updateFilters({
      [TIER_FILTER_NAME]:
        selected.length > 0 ? new EntityTierFilter(selected, model) : undefined,
    });
  }, [selected, model, updateFilters]);

  const items = model.levels.map(level => ({
    value: level.id,
    label: `${level.id} · ${level.name}`,
  }));

  return (
    <Box pb={1} pt={1}>
      <Select
        label="Tier"
        placeholder="All tiers"
        multiple
        items={items}
        selected={selected}
        onChange={value => setSelected(asValues(value))}
        data-testid="tier-picker"
      />
    </Box>
  );
}

/** The catalog's Tier filter: a select over the tiers of the model. */
export function TierPicker() {
  const { model } = useTierModel();
  return model ? <TierSelect model={model} /> : null;
}
