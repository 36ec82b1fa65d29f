import { DateTime } from 'luxon';
import type { OnCallPage, OnCallPerson } from '@localplus/plugin-oncall-common';
import { formatMinutes } from '../../format/formatDuration';
import { formatInstant } from '../../format/formatInstant';
import { personName } from '../../format/personName';

/** Where a page stands against its acknowledge target, in one sentence. */
export function describeAcknowledgement(
  page: OnCallPage,
  people: Record<string, OnCallPerson>,
): { text: string; late: boolean } {
  const target = page.acknowledgeTargetMinutes;
  if (page.acknowledgedAt) {
    const by = page.acknowledgedBy
      ? ` by ${personName(people, page.acknowledgedBy)}`
      : '';
    let verdict = '';
    if (page.metTarget === true) {
      verdict = ', within target';
    } else if (page.metTarget === false) {
      verdict = ', target missed';
    }
    return {
      text: `Acknowledged${by} ${formatInstant(page.acknowledgedAt)}${verdict}`,
      late: page.metTarget === false,
    };
  }
  if (target === undefined) {
    return { text: 'Not acknowledged', late: false };
  }
  const elapsed = Math.floor(
    DateTime.now().diff(DateTime.fromISO(page.firedAt), 'minutes').minutes,
  );
  if (elapsed > target) {
    return {
      text: `Not acknowledged, ${formatMinutes(
        elapsed - target,
      )} past the ${formatMinutes(target)} target`,
      late: true,
    };
  }
  return {
    text: `Not acknowledged, ${formatMinutes(
      target - elapsed,
    )} left of the ${formatMinutes(target)} target`,
    late: false,
  };
}
