import type {
  ComplianceExemption,
  ControlEvaluation,
  ControlStatus,
} from '@localplus/plugin-compliance-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { SubjectsTable } from './SubjectsTable';

function evaluation(
  subject: string,
  status: ControlStatus,
  reason = `${subject}: ${status}.`,
): ControlEvaluation {
  return {
    runId: 'run-42',
    controlId: 'soc2-change-management',
    subject,
    status,
    reason,
    observations: [1],
    evaluatedAt: '2026-05-20T06:00:00.000Z',
  };
}

function many(prefix: string, status: ControlStatus, count: number) {
  return Array.from({ length: count }, (_, i) =>
    evaluation(`repo:${prefix}-${String(i + 1).padStart(2, '0')}`, status),
  );
}

// The dev data of the change-management control: 58 repositories.
const devSubjects = [
  ...many('ok', 'satisfied', 40),
  ...many('na', 'not-applicable', 4),
  ...many('fail', 'not-satisfied', 12),
  ...many('err', 'error', 2),
];

async function renderSubjects(
  subjects: ControlEvaluation[],
  options: {
    exemptions?: ComplianceExemption[];
    canRequestExemption?: boolean;
  } = {},
) {
  const onRequestExemption = jest.fn();
  await renderWithComplianceApi(
    <SubjectsTable
      subjects={subjects}
      exemptions={options.exemptions ?? []}
      canRequestExemption={options.canRequestExemption ?? false}
      onRequestExemption={onRequestExemption}
    />,
    fakeComplianceApi(),
  );
  return {
    table: screen.getByRole('table', { name: 'Subjects' }),
    onRequestExemption,
  };
}

const shownSubjects = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('rowheader')
    .map(row => row.textContent);

describe('SubjectsTable', () => {
  it('shows the failing subjects first and only them, the others behind a button', async () => {
    const { table } = await renderSubjects(devSubjects);

    expect(shownSubjects(table)).toEqual([
      ...many('fail', 'not-satisfied', 12).map(s => s.subject),
      'repo:err-01',
      'repo:err-02',
    ]);

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Show the 44 others (satisfied or not applicable)',
      }),
    );

    const all = shownSubjects(table);
    expect(all).toHaveLength(58);
    // Failing, then not applicable (decided by someone), then satisfied.
    expect(all.slice(12, 18)).toEqual([
      'repo:err-01',
      'repo:err-02',
      'repo:na-01',
      'repo:na-02',
      'repo:na-03',
      'repo:na-04',
    ]);
    expect(all[18]).toBe('repo:ok-01');
    expect(all[57]).toBe('repo:ok-40');

    const collapse = screen.getByRole('button', {
      name: 'Show only the failing subjects',
    });
    expect(collapse).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(collapse);
    expect(shownSubjects(table)).toHaveLength(14);
  });

  it('shows every subject when none fails, the first 25 of many', async () => {
    const { table } = await renderSubjects([
      ...many('ok', 'satisfied', 28),
      ...many('na', 'not-applicable', 2),
    ]);

    const first = shownSubjects(table);
    expect(first).toHaveLength(25);
    expect(first.slice(0, 3)).toEqual([
      'repo:na-01',
      'repo:na-02',
      'repo:ok-01',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(shownSubjects(table)).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'Show the first 25' }));
    expect(shownSubjects(table)).toHaveLength(25);
  });

  it('has nothing to expand when few subjects pass', async () => {
    const { table } = await renderSubjects(many('ok', 'satisfied', 3));

    expect(shownSubjects(table)).toHaveLength(3);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers an exemption only on the failing subjects shown', async () => {
    const { onRequestExemption } = await renderSubjects(devSubjects, {
      canRequestExemption: true,
    });

    expect(
      screen.getAllByRole('button', { name: /^Request exemption for/ }),
    ).toHaveLength(14);
    fireEvent.click(
      screen.getByRole('button', { name: 'Request exemption for repo:err-02' }),
    );
    expect(onRequestExemption).toHaveBeenCalledWith('repo:err-02');
  });

  it('says when no subject was evaluated', async () => {
    await renderWithComplianceApi(
      <SubjectsTable
        subjects={[]}
        exemptions={[]}
        canRequestExemption
        onRequestExemption={jest.fn()}
      />,
      fakeComplianceApi(),
    );
    expect(
      screen.getByText('No subject was evaluated in this period.'),
    ).toBeInTheDocument();
  });

  describe('a long reason', () => {
    const long = Array.from(
      { length: 60 },
      (_, i) => `Commit ${i} was pushed to main without review.`,
    ).join(' ');

    afterEach(() => jest.restoreAllMocks());

    it('is cut to three lines, whole in its title', async () => {
      await renderSubjects([evaluation('repo:legacy', 'not-satisfied', long)]);

      const reason = screen.getByTitle(long);
      expect(reason).toHaveAttribute('data-clamped', '3');
      expect(reason).toHaveStyle({ WebkitLineClamp: '3' });
      // jsdom lays nothing out: nothing was cut, so nothing to expand.
      expect(
        screen.queryByRole('button', { name: 'More' }),
      ).not.toBeInTheDocument();
    });

    it('can be read whole when the browser cut it', async () => {
      // A layout where three lines hold less than the text.
      jest
        .spyOn(HTMLElement.prototype, 'scrollHeight', 'get')
        .mockReturnValue(300);
      jest
        .spyOn(HTMLElement.prototype, 'clientHeight', 'get')
        .mockReturnValue(60);
      await renderSubjects([evaluation('repo:legacy', 'not-satisfied', long)]);

      const reason = screen.getByTitle(long);
      fireEvent.click(screen.getByRole('button', { name: 'More' }));
      expect(reason).not.toHaveAttribute('data-clamped');
      expect(screen.getByRole('button', { name: 'Less' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );

      fireEvent.click(screen.getByRole('button', { name: 'Less' }));
      expect(reason).toHaveAttribute('data-clamped', '3');
      expect(screen.getByRole('button', { name: 'More' })).toBeInTheDocument();
    });
  });
});
