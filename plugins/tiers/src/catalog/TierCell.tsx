import { Entity } from '@backstage/catalog-model';
import { declaredTier } from '@localplus/plugin-tiers-common';
import Chip from '@material-ui/core/Chip';
import { useTierModel } from '../hooks/useTierModel';
import { TierChip } from '../components/TierChip';

/** The tier an entity declares, as a small badge, in a catalog table cell. */
export function TierCell(props: { entity: Entity }) {
  const { model } = useTierModel();
  if (!model) {
    return null;
  }
  const tier = declaredTier(props.entity, model);
  if (!tier) {
    return null;
  }
  const level = model.levels.find(
    l => l.id.toLocaleUpperCase('en-US') === tier.toLocaleUpperCase('en-US'),
  );
  return level ? (
    <TierChip level={level} size="small" />
  ) : (
    <Chip label={`${tier} (unknown)`} size="small" variant="outlined" />
  );
}
