import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { TierLevel } from '@localplus/plugin-tiers-common';

const useStyles = makeStyles({
  // One line high: when the name does not fit beside the id, it wraps onto
  // a second line that is cut off, so a narrow badge reads `T3`, never
  // `T3 · …`; the id is then centred in the badge, which keeps its width.
  // The whole label stays in the text (screen readers, search) and shows on
  // hover.
  label: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    height: '1.5em',
    lineHeight: 1.5,
    overflow: 'hidden',
  },
  part: { whiteSpace: 'nowrap' },
});

/**
 * The tier as a badge: `T3 · Domain`. It is never wider than where it sits:
 * where the name does not fit (the catalog's Tier column, 88 px) it shows
 * the id alone, and the whole label on hover.
 */
export function TierChip(props: {
  level: Pick<TierLevel, 'id' | 'name'>;
  size?: 'small' | 'medium';
}) {
  const { level, size = 'medium' } = props;
  const classes = useStyles();
  const label = `${level.id} · ${level.name}`;
  return (
    <Chip
      label={
        <span className={classes.label}>
          <span className={classes.part}>{level.id}</span>
          {/* A no-break space: a flex item's leading space would collapse. */}
          <span className={classes.part}>{`\u00a0· ${level.name}`}</span>
        </span>
      }
      title={label}
      color="primary"
      size={size}
      variant={size === 'small' ? 'outlined' : 'default'}
      style={{ maxWidth: '100%' }}
    />
  );
}
