import type {
  ControlEvaluation,
  ControlStatus,
} from '@localplus/plugin-compliance-common';
import {
  FIRST_SUBJECTS,
  shownSubjects,
  sortSubjects,
  subjectsHeading,
} from './SubjectsTableRows';

function evaluation(subject: string, status: ControlStatus): ControlEvaluation {
  return {
    runId: 'run-1',
    controlId: 'soc2-change-management',
    subject,
    status,
    reason: `${subject} is ${status}.`,
    observations: [],
    evaluatedAt: '2026-05-20T06:00:00.000Z',
  };
}

/** `count` subjects `repo-<prefix>-01`… of one status. */
function many(prefix: string, status: ControlStatus, count: number) {
  return Array.from({ length: count }, (_, i) =>
    evaluation(`repo-${prefix}-${String(i + 1).padStart(2, '0')}`, status),
  );
}

const subjects = (rows: ControlEvaluation[]) => rows.map(row => row.subject);

describe('sortSubjects', () => {
  it('puts not satisfied, then error, then not applicable, then satisfied, each by subject', () => {
    const sorted = sortSubjects([
      evaluation('a-ok', 'satisfied'),
      evaluation('b-exempt', 'not-applicable'),
      evaluation('c-broken', 'error'),
      evaluation('z-failing', 'not-satisfied'),
      evaluation('d-failing', 'not-satisfied'),
    ]);

    expect(subjects(sorted)).toEqual([
      'd-failing',
      'z-failing',
      'c-broken',
      'b-exempt',
      'a-ok',
    ]);
  });

  it('leaves the given list alone', () => {
    const given = [
      evaluation('a-ok', 'satisfied'),
      evaluation('b-failing', 'not-satisfied'),
    ];
    sortSubjects(given);
    expect(subjects(given)).toEqual(['a-ok', 'b-failing']);
  });
});

describe('shownSubjects', () => {
  const dev = sortSubjects([
    ...many('ok', 'satisfied', 40),
    ...many('fail', 'not-satisfied', 12),
    ...many('err', 'error', 2),
    ...many('na', 'not-applicable', 4),
  ]);

  it('shows only the failing subjects and offers the others', () => {
    const shown = shownSubjects(dev, false);

    expect(shown.rows).toHaveLength(14);
    expect(shown.rows.every(row => /fail|err/.test(row.subject))).toBe(true);
    expect(shown.hidden).toBe(44);
    expect(shown.showMore).toBe(
      'Show the 44 others (satisfied or not applicable)',
    );
  });

  it('shows everything once expanded', () => {
    const shown = shownSubjects(dev, true);

    expect(shown.rows).toHaveLength(58);
    expect(shown.hidden).toBe(0);
    expect(shown.showMore).toBeUndefined();
  });

  it('names a single other subject in the singular', () => {
    const shown = shownSubjects(
      sortSubjects([
        evaluation('a', 'not-satisfied'),
        evaluation('b', 'satisfied'),
      ]),
      false,
    );
    expect(shown.showMore).toBe(
      'Show the 1 other (satisfied or not applicable)',
    );
  });

  it('offers nothing when every subject fails', () => {
    const shown = shownSubjects(many('fail', 'error', 3), false);
    expect(shown.rows).toHaveLength(3);
    expect(shown.showMore).toBeUndefined();
  });

  it(`shows the first ${FIRST_SUBJECTS} when none fails, and offers all`, () => {
    const none = sortSubjects([
      ...many('ok', 'satisfied', 30),
      ...many('na', 'not-applicable', 2),
    ]);
    const shown = shownSubjects(none, false);

    expect(shown.rows).toHaveLength(FIRST_SUBJECTS);
    // The not applicable ones lead: someone decided them.
    expect(subjects(shown.rows).slice(0, 3)).toEqual([
      'repo-na-01',
      'repo-na-02',
      'repo-ok-01',
    ]);
    expect(shown.hidden).toBe(7);
    expect(shown.showMore).toBe('Show all 32');
  });

  it(`shows up to ${FIRST_SUBJECTS} satisfied subjects with nothing to expand`, () => {
    const shown = shownSubjects(many('ok', 'satisfied', FIRST_SUBJECTS), false);
    expect(shown.rows).toHaveLength(FIRST_SUBJECTS);
    expect(shown.showMore).toBeUndefined();
  });

  it('copes with no subject at all', () => {
    expect(shownSubjects([], false)).toEqual({ rows: [], hidden: 0 });
  });
});

describe('subjectsHeading', () => {
  it('counts the subjects and the failing ones', () => {
    expect(
      subjectsHeading([
        ...many('ok', 'satisfied', 46),
        ...many('fail', 'not-satisfied', 12),
      ]),
    ).toBe('Subjects (58: 12 not satisfied)');
    expect(
      subjectsHeading([
        ...many('fail', 'not-satisfied', 1),
        ...many('err', 'error', 2),
        ...many('ok', 'satisfied', 1),
      ]),
    ).toBe('Subjects (4: 1 not satisfied, 2 in error)');
  });

  it('only counts when nothing fails', () => {
    expect(subjectsHeading(many('ok', 'satisfied', 3))).toBe('Subjects (3)');
    expect(subjectsHeading([])).toBe('Subjects (0)');
  });
});
