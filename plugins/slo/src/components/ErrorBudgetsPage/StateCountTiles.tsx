import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { PolicyStateCounts } from '@localplus/plugin-slo-common';
import {
  POLICY_PRESENTATION,
  POLICY_STATES,
  PolicyTone,
  policyThreshold,
  UNKNOWN_STATE_LABEL,
} from '../../policy/policyPresentation';

const useStyles = makeStyles(theme => {
  const accent = (color: string) => ({ borderTop: `4px solid ${color}` });
  return {
    tile: { padding: theme.spacing(2), height: '100%' },
    ok: accent(theme.palette.status.ok),
    warning: accent(theme.palette.status.warning),
    error: accent(theme.palette.status.error),
    critical: accent(theme.palette.type === 'dark' ? '#ff5252' : '#8b0000'),
    unknown: accent(theme.palette.grey[500]),
  };
});

type Tile = {
  key: keyof PolicyStateCounts;
  label: string;
  detail: string;
  tone: PolicyTone;
};

const TILES: Tile[] = [
  ...POLICY_STATES.map(state => ({
    key: state,
    label: POLICY_PRESENTATION[state].label,
    detail: policyThreshold(state),
    tone: POLICY_PRESENTATION[state].tone,
  })),
  {
    key: 'unknown',
    label: UNKNOWN_STATE_LABEL,
    detail: 'could not be measured',
    tone: 'unknown',
  },
];

/** How many objectives are in each policy state: one tile per state, named by it. */
export function StateCountTiles(props: { counts: PolicyStateCounts }) {
  const classes = useStyles();
  return (
    <Grid container spacing={2}>
      {TILES.map(tile => (
        <Grid item xs={6} sm={4} md key={tile.key}>
          <Paper
            component="section"
            aria-label={tile.label}
            className={`${classes.tile} ${classes[tile.tone]}`}
          >
            <Typography variant="h3" component="p">
              {props.counts[tile.key] ?? 0}
            </Typography>
            <Typography variant="subtitle1" component="h2">
              {tile.label}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {tile.detail}
            </Typography>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}
