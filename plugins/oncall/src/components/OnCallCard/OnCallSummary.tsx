import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import type { EntityOnCall } from '@localplus/plugin-oncall-common';
import { Fragment } from 'react';
import { OpenPagesList } from '../OpenPages';
import { RotationProblemsPanel } from '../RotationProblems';
import { RotationNowSummary } from './RotationNowSummary';

/** The sentence shown when no rotation answers for the entity. */
export function noRotationNote(kind: string): string {
  return kind.toLocaleLowerCase('en-US') === 'group'
    ? 'No rotation answers for this group: it owns none and none covers it.'
    : "No rotation answers for this service's owner.";
}

/**
 * Who answers for an entity now: per rotation, primary and secondary with
 * their contacts, the next handoff and the escalation chain; then the
 * entity's open pages and the problems of the rotation files.
 */
export function OnCallSummary(props: { onCall: EntityOnCall; kind: string }) {
  const { rotations, people, openPages, problems } = props.onCall;
  return (
    <>
      <RotationProblemsPanel problems={problems} />
      {rotations.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {noRotationNote(props.kind)}
        </Typography>
      ) : (
        rotations.map((rotation, index) => (
          <Fragment key={rotation.summary.name}>
            {index > 0 && <Divider />}
            <RotationNowSummary
              rotation={rotation}
              people={people}
              showTitle={rotations.length > 1}
            />
          </Fragment>
        ))
      )}
      {rotations.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2" component="h4">
            Open pages
          </Typography>
          <OpenPagesList pages={openPages} people={people} />
        </Box>
      )}
    </>
  );
}
