import type {
  ControlEvaluation,
  ControlStatus,
} from '@localplus/plugin-compliance-common';

/** Without a failing subject, this many are shown before "Show all". */
export const FIRST_SUBJECTS = 25;

/**
 * What needs someone first: not satisfied and error, then the exempted and
 * not applicable (someone decided them), then the satisfied.
 */
const SUBJECT_RANK: Record<ControlStatus, number> = {
  'not-satisfied': 0,
  error: 1,
  'not-applicable': 2,
  satisfied: 3,
};

export function isFailing(evaluation: Pick<ControlEvaluation, 'status'>) {
  return evaluation.status === 'not-satisfied' || evaluation.status === 'error';
}

/** The subjects failing first, then by subject so the list reads the same. */
export function sortSubjects(
  subjects: ControlEvaluation[],
): ControlEvaluation[] {
  return [...subjects].sort(
    (a, b) =>
      (SUBJECT_RANK[a.status] ?? 4) - (SUBJECT_RANK[b.status] ?? 4) ||
      a.subject.localeCompare(b.subject),
  );
}

/** The rows shown before the reader asks for more, and what the rest are. */
export type SubjectsShown = {
  rows: ControlEvaluation[];
  hidden: number;
  /** The button that shows the hidden rows; absent when nothing is hidden. */
  showMore?: string;
};

/**
 * The failing subjects only when some fail (the rest are one click away);
 * otherwise the first {@link FIRST_SUBJECTS}. Everything once expanded.
 */
export function shownSubjects(
  sorted: ControlEvaluation[],
  expanded: boolean,
): SubjectsShown {
  if (expanded) {
    return { rows: sorted, hidden: 0 };
  }
  const failing = sorted.filter(isFailing);
  if (failing.length > 0) {
    const hidden = sorted.length - failing.length;
    return {
      rows: failing,
      hidden,
      showMore:
        hidden > 0
          ? `Show the ${hidden} ${
              hidden === 1 ? 'other' : 'others'
            } (satisfied or not applicable)`
          : undefined,
    };
  }
  const hidden = Math.max(0, sorted.length - FIRST_SUBJECTS);
  return {
    rows: sorted.slice(0, FIRST_SUBJECTS),
    hidden,
    showMore: hidden > 0 ? `Show all ${sorted.length}` : undefined,
  };
}

/** "Subjects (58: 12 not satisfied, 1 in error)", the card's heading. */
export function subjectsHeading(subjects: ControlEvaluation[]): string {
  const notSatisfied = subjects.filter(s => s.status === 'not-satisfied');
  const errors = subjects.filter(s => s.status === 'error');
  const failing = [
    notSatisfied.length > 0 ? `${notSatisfied.length} not satisfied` : '',
    errors.length > 0 ? `${errors.length} in error` : '',
  ].filter(Boolean);
  return failing.length > 0
    ? `Subjects (${subjects.length}: ${failing.join(', ')})`
    : `Subjects (${subjects.length})`;
}
