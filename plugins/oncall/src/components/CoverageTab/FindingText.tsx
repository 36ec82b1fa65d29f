import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { CoverageFinding } from '@localplus/plugin-oncall-common';
import { DateTime } from 'luxon';
import { formatMinutes } from '../../format/formatDuration';
import { formatInstant, formatSpan } from '../../format/formatInstant';

function spanLength(start: string, end: string): string {
  const minutes = DateTime.fromISO(end).diff(
    DateTime.fromISO(start),
    'minutes',
  ).minutes;
  return formatMinutes(Math.round(minutes));
}

/** One finding as a sentence, with links to the people, groups and services it names. */
export function FindingText(props: { finding: CoverageFinding }) {
  const { finding } = props;
  switch (finding.type) {
    case 'gap':
      return (
        <>
          <strong>{finding.rotation}</strong>: no {finding.role},{' '}
          {formatSpan(finding.start, finding.end)} (
          {spanLength(finding.start, finding.end)})
        </>
      );
    case 'single-person-layer':
      return (
        <>
          <strong>{finding.rotation}</strong>, layer {finding.layer}: only{' '}
          <EntityRefLink entityRef={finding.user} hideIcon />
        </>
      );
    case 'not-in-owning-group':
      return (
        <>
          <EntityRefLink entityRef={finding.user} hideIcon /> is on call for{' '}
          <strong>{finding.rotation}</strong> from{' '}
          {formatInstant(finding.firstShiftStart)} but is not a member of{' '}
          <EntityRefLink entityRef={finding.owner} hideIcon />
        </>
      );
    case 'critical-service-without-rotation':
      return (
        <>
          <EntityRefLink entityRef={finding.entityRef} hideIcon /> (
          {finding.criticality}), owned by{' '}
          <EntityRefLink entityRef={finding.owner} hideIcon />
        </>
      );
    default:
      // A finding type newer than this page: say so rather than hide it.
      return <>{JSON.stringify(finding)}</>;
  }
}
