import Typography from '@material-ui/core/Typography';
import type { OnCallPerson, Shift } from '@localplus/plugin-oncall-common';
import { formatInstant } from '../../format/formatInstant';
import { PersonContact, PersonLink } from '../PersonLink';

/** Who holds a role now, until when, and how to reach them. */
export function HolderBlock(props: {
  label: string;
  shift?: Shift;
  people: Record<string, OnCallPerson>;
  timeZone: string;
  testId: string;
}) {
  const { label, shift, people, timeZone, testId } = props;
  return (
    <section aria-label={`${label} now`}>
      <Typography variant="overline" component="h4" color="textSecondary">
        {label}
      </Typography>
      {shift ? (
        <>
          <Typography variant="h6" component="p">
            <PersonLink
              userRef={shift.user}
              people={people}
              data-testid={testId}
            />
          </Typography>
          <Typography variant="caption" color="textSecondary" component="p">
            until {formatInstant(shift.end, timeZone)}
            {shift.overrideId ? ' (override)' : ''}
          </Typography>
          <PersonContact person={people[shift.user]} />
        </>
      ) : (
        <Typography variant="body2" color="error">
          Nobody: the rotation has a gap now
        </Typography>
      )}
    </section>
  );
}
