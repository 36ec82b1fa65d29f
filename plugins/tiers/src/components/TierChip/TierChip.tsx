import Chip from '@material-ui/core/Chip';
import { TierLevel } from '@localplus/plugin-tiers-common';

/** The tier as a badge: `T3 · Domain`. */
export function TierChip(props: {
  level: Pick<TierLevel, 'id' | 'name'>;
  size?: 'small' | 'medium';
}) {
  const { level, size = 'medium' } = props;
  return (
    <Chip
      label={`${level.id} · ${level.name}`}
      color="primary"
      size={size}
      variant={size === 'small' ? 'outlined' : 'default'}
    />
  );
}
