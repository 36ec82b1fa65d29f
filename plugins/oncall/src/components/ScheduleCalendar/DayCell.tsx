import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import type { OnCallPerson } from '@localplus/plugin-oncall-common';
import { personName } from '../../format/personName';
import type { DaySegment } from './daySegments';

const useStyles = makeStyles(theme => ({
  segment: {
    padding: theme.spacing(0.25, 0.5),
    borderRadius: theme.shape.borderRadius,
    overflowWrap: 'anywhere',
  },
  override: {
    backgroundColor: theme.palette.type === 'dark' ? '#5c4400' : '#fff3cd',
    borderLeft: `3px solid ${theme.palette.warning.main}`,
  },
  gap: { color: theme.palette.error.main },
  label: { display: 'block', lineHeight: 1.2 },
}));

function timeNote(segment: DaySegment): string | undefined {
  const from = segment.start.toFormat('HH:mm');
  const to = segment.end.toFormat('HH:mm');
  if (segment.startsInDay && segment.endsInDay) {
    return `${from}–${to}`;
  }
  if (segment.startsInDay) {
    return `from ${from}`;
  }
  return segment.endsInDay ? `until ${to}` : undefined;
}

/** One role on one day: who holds it, when it changes hands, overrides marked. */
export function DayCell(props: {
  segments: DaySegment[];
  people: Record<string, OnCallPerson>;
}) {
  const classes = useStyles();
  return (
    <>
      {props.segments.map(segment => {
        const note = timeNote(segment);
        const className = [
          classes.segment,
          segment.overrideId ? classes.override : '',
          segment.user ? '' : classes.gap,
        ].join(' ');
        return (
          <div
            key={segment.start.toMillis()}
            className={className}
            data-override={segment.overrideId ? 'true' : undefined}
          >
            <Typography variant="body2" component="span">
              {segment.user ? personName(props.people, segment.user) : 'Nobody'}
            </Typography>
            {(note || segment.overrideId) && (
              <Typography
                variant="caption"
                color="textSecondary"
                className={classes.label}
              >
                {[note, segment.overrideId ? 'Override' : undefined]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            )}
          </div>
        );
      })}
    </>
  );
}
