import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type {
  EntityOnCall,
  OnCallPerson,
  Severity,
} from '@localplus/plugin-oncall-common';
import { SEVERITIES } from '@localplus/plugin-oncall-common';
import { formatMinutes } from '../../format/formatDuration';
import {
  formatInstant,
  formatRelative,
  timeZoneNote,
} from '../../format/formatInstant';
import { personName } from '../../format/personName';
import { EscalationChain } from './EscalationChain';
import { HolderBlock } from './HolderBlock';

type RotationOnCall = EntityOnCall['rotations'][number];

function acknowledgeTargets(targets: Partial<Record<Severity, number>>) {
  return SEVERITIES.filter(s => targets[s] !== undefined)
    .map(s => `${s} ${formatMinutes(targets[s]!)}`)
    .join(' · ');
}

/** One rotation's people now and next, and its escalation chain. */
export function RotationNowSummary(props: {
  rotation: RotationOnCall;
  people: Record<string, OnCallPerson>;
  /** Show the rotation's title: when the entity has several. */
  showTitle?: boolean;
}) {
  const { summary, now, escalation } = props.rotation;
  const { people } = props;
  const zone = summary.timeZone;
  const next = [
    now.nextPrimary && `${personName(people, now.nextPrimary.user)} primary`,
    now.nextSecondary &&
      `${personName(people, now.nextSecondary.user)} secondary`,
  ].filter(Boolean);
  const targets = acknowledgeTargets(summary.acknowledgeTargets);
  return (
    <Box component="section" aria-label={summary.title} mb={2}>
      {props.showTitle && (
        <Typography variant="h6" component="h3">
          {summary.title}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid item xs={12} sm={6}>
          <HolderBlock
            label="Primary"
            shift={now.primary}
            people={people}
            timeZone={zone}
            testId="oncall-card-primary"
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <HolderBlock
            label="Secondary"
            shift={now.secondary}
            people={people}
            timeZone={zone}
            testId="oncall-card-secondary"
          />
        </Grid>
      </Grid>
      <Box mt={2}>
        <Typography variant="body2">
          <strong>Next handoff: </strong>
          {now.nextHandoff
            ? `${formatRelative(now.nextHandoff)}, ${formatInstant(
                now.nextHandoff,
                zone,
              )}${next.length > 0 ? ` — ${next.join(', ')}` : ''}`
            : 'none in the next 8 weeks'}
        </Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          Handoff {summary.handoff}. {timeZoneNote(zone)}
        </Typography>
      </Box>
      <Box mt={2}>
        <Typography variant="subtitle2" component="h4">
          Escalation if nobody acknowledges
        </Typography>
        <EscalationChain steps={escalation} people={people} />
        {targets && (
          <Typography variant="caption" color="textSecondary" component="p">
            Acknowledge within: {targets}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
