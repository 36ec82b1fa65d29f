import Chip from '@material-ui/core/Chip';
import { TierLevel } from '@localplus/plugin-tiers-common';

/**
 * The tier as a badge: `T3 · Domain`. It is never wider than where it sits:
 * in a narrow catalog column (the Tier column at 1024 px has about 65 px for
 * it) the name ends in an ellipsis inside the badge's border, and the whole
 * label shows on hover.
 */
export function TierChip(props: {
  level: Pick<TierLevel, 'id' | 'name'>;
  size?: 'small' | 'medium';
}) {
  const { level, size = 'medium' } = props;
  const label = `${level.id} · ${level.name}`;
  return (
    <Chip
      label={label}
      title={label}
      color="primary"
      size={size}
      variant={size === 'small' ? 'outlined' : 'default'}
      style={{ maxWidth: '100%' }}
    />
  );
}
