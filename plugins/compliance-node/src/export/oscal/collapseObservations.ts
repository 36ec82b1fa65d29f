import type { LedgeredObservation } from '@localplus/plugin-compliance-common';
import canonicalize from 'canonicalize';
import { compareText } from '../compareText';

/**
 * Observations of one check on one subject that said the same thing in
 * consecutive evaluation runs: one OSCAL observation stands for them all.
 */
export interface ObservationStreak {
  first: LedgeredObservation;
  last: LedgeredObservation;
  count: number;
}

/**
 * Collapses repeated observations so that a 90-day export of hourly runs
 * stays small: a streak ends when what was observed changes or when a run
 * did not observe the subject (an evidence gap must stay visible). `runIds`
 * lists the runs of the period, oldest first; an observation of a run not
 * listed stands alone.
 *
 * Streaks come out ordered by check, subject and first ledger sequence.
 */
export function collapseObservations(
  observations: LedgeredObservation[],
  runIds: string[],
): ObservationStreak[] {
  const runIndex = new Map(runIds.map((id, index) => [id, index]));
  const ordered = [...observations].sort(
    (a, b) =>
      compareText(a.check, b.check) ||
      compareText(a.subject, b.subject) ||
      a.sequence - b.sequence,
  );

  const streaks: ObservationStreak[] = [];
  // The open streak of each distinct observed content of the current check and subject.
  let open = new Map<string, { streak: ObservationStreak; run: number }>();
  let current = '';
  for (const observation of ordered) {
    const target = `${observation.check}\u0000${observation.subject}`;
    if (target !== current) {
      open = new Map();
      current = target;
    }
    const content = contentKey(observation);
    const run = runIndex.get(observation.runId);
    const previous = open.get(content);
    if (
      previous &&
      run !== undefined &&
      (run === previous.run || run === previous.run + 1)
    ) {
      previous.streak.last = observation;
      previous.streak.count += 1;
      previous.run = run;
      continue;
    }
    const streak = { first: observation, last: observation, count: 1 };
    streaks.push(streak);
    open.set(content, { streak, run: run ?? Number.NaN });
  }
  return streaks;
}

/**
 * What must be equal for two observations to say the same thing. Only the
 * free-form details are canonicalised (their key order must not matter);
 * the rest has a fixed shape, and canonicalising every observation would
 * be the slowest step of a large export.
 */
function contentKey(observation: LedgeredObservation): string {
  return JSON.stringify([
    observation.collector,
    observation.entityRef ?? null,
    observation.result,
    observation.summary,
    observation.method,
    observation.examined.map(item => [item.type, item.ref, item.href ?? null]),
    observation.details ? canonicalize(observation.details) : null,
  ]);
}
