import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { groupEntity, serviceEntity } from '../../__fixtures__/entities';
import { ledgerOnCall } from '../../__fixtures__/entityOnCall';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { weeklySummary } from '../../__fixtures__/rotation';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { EntityOnCallContent } from './EntityOnCallContent';

function renderTab(
  api = fakeOnCallApi(),
  entity = serviceEntity('svc-ledger'),
) {
  renderWithOnCallApi(<EntityOnCallContent />, api, { entity });
  return api;
}

function cellOf(table: HTMLElement, role: string, day: number) {
  const row = within(table)
    .getByRole('rowheader', { name: role })
    .closest('tr')!;
  // The first cell is the role's header.
  return within(row).getAllByRole('cell')[day];
}

describe('EntityOnCallContent', () => {
  it('shows the week with today marked and the override highlighted', async () => {
    const api = renderTab();

    const week = await screen.findByRole('table', {
      name: 'On-call schedule, week of 2 Mar 2026',
    });
    expect(api.getSchedule).toHaveBeenCalledWith('localplus-weekly', {
      from: '2026-03-01T23:00:00.000Z',
      to: '2026-03-08T23:00:00.000Z',
    });
    expect(
      within(week).getByRole('columnheader', { current: 'date' }),
    ).toHaveTextContent('Wed 4 Mar · Today');

    const monday = cellOf(week, 'Primary', 0);
    expect(monday).toHaveTextContent('Charlie Nguyenuntil 10:00');
    expect(monday).toHaveTextContent('Diana Rossifrom 10:00');

    const thursday = cellOf(week, 'Primary', 3);
    const override = within(thursday)
      .getByText('Bob Dupont')
      .closest('[data-override]');
    expect(override).toHaveTextContent('08:00–20:00 · Override');
    expect(cellOf(week, 'Secondary', 3)).toHaveTextContent(/^Eve Laurent$/);
  });

  it('moves to the next week and shows a month', async () => {
    const api = renderTab();
    await screen.findByRole('table', { name: /week of 2 Mar 2026/ });

    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));

    const next = await screen.findByRole('table', {
      name: 'On-call schedule, week of 9 Mar 2026',
    });
    expect(
      screen.getByRole('heading', { name: '9 – 15 Mar 2026' }),
    ).toBeVisible();
    expect(api.getSchedule).toHaveBeenLastCalledWith('localplus-weekly', {
      from: '2026-03-08T23:00:00.000Z',
      to: '2026-03-15T23:00:00.000Z',
    });
    expect(cellOf(next, 'Primary', 1)).toHaveTextContent(/^Eve Laurent$/);
    expect(
      within(next).queryByRole('columnheader', { current: 'date' }),
    ).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Month' }));

    expect(
      await screen.findByRole('heading', { name: 'March 2026' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getAllByRole('table', { name: /^On-call schedule/ }),
      ).toHaveLength(6),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(
      await screen.findByRole('heading', { name: 'March 2026' }),
    ).toBeVisible();
  });

  it('puts the severity matrix and incident workflow beside who is on call', async () => {
    renderTab();

    expect(await screen.findByTestId('oncall-card-primary')).toHaveTextContent(
      'Diana Rossi',
    );
    const severities = screen.getByRole('table', { name: 'Severity levels' });
    // Four columns, the channels under the response: the table reads whole
    // in half the tab's width.
    expect(
      within(severities)
        .getAllByRole('columnheader')
        .map(header => header.textContent),
    ).toEqual([
      'Severity',
      'Definition',
      'Acknowledge',
      'Response and channels',
    ]);
    const p1 = within(severities).getByText('P1 critical').closest('tr')!;
    expect(p1).toHaveTextContent(
      'Service down, data loss risk< 5 minImmediate, all handsSlack + PagerDuty + Status page',
    );
    const steps = within(
      screen.getByRole('list', { name: 'Incident workflow' }),
    )
      .getAllByRole('listitem')
      .filter(item => item.parentElement?.getAttribute('aria-label'));
    expect(steps.map(step => step.firstChild?.textContent)).toEqual([
      '1. Detect',
      '2. TriagePrimary on-call',
      '3. Mitigate',
      '4. Resolve',
      '5. Post-mortemwithin 48h for P1/P2',
    ]);
  });

  it('lists the overrides and the change log', async () => {
    renderTab();

    const overrides = await screen.findByRole('table', {
      name: 'Overrides in the period shown',
    });
    expect(overrides).toHaveTextContent('Diana at the dentist');
    expect(overrides).toHaveTextContent('instead of Diana Rossi');
    const log = await screen.findByRole('table', { name: 'Change log' });
    expect(log).toHaveTextContent(
      'Created override: Bob Dupont as primary, Thu 5 Mar, 08:00 – Thu 5 Mar, 20:00',
    );
  });

  it('offers no form to people who may not change the rotation', async () => {
    const api = fakeOnCallApi({
      entity: {
        ...ledgerOnCall,
        rotations: [
          {
            ...ledgerOnCall.rotations[0],
            summary: { ...weeklySummary, callerIsChanger: false },
          },
        ],
      },
    });
    renderTab(api);

    expect(
      await screen.findByText(/Only members of this rotation and leads/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Override' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('explains a group no rotation answers for', async () => {
    const api = fakeOnCallApi({
      entity: {
        entityRef: 'group:default/compliance',
        rotations: [],
        people: {},
        openPages: [],
        problems: [],
      },
    });
    renderTab(api, groupEntity('compliance'));

    expect(
      await screen.findByText(
        'No rotation answers for this group: it owns none and none covers it.',
      ),
    ).toBeInTheDocument();
    expect(api.getSchedule).not.toHaveBeenCalled();
    expect(
      screen.getByRole('table', { name: 'Severity levels' }),
    ).toBeVisible();
  });
});
