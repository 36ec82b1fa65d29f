import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OnCallApiError } from '../../api/OnCallApiError';
import { dianaLink, fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { MyShiftsTab } from './MyShiftsTab';

describe('MyShiftsTab', () => {
  it('lists the shifts of the next 8 weeks, the one under way first', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<MyShiftsTab />, api);

    const table = await screen.findByRole('table', { name: 'My shifts' });
    expect(api.getMyShifts).toHaveBeenCalledWith({
      from: '2026-03-04T09:00:00.000Z',
      to: '2026-04-29T08:00:00.000Z',
    });
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map(r => r.textContent)).toEqual([
      'Mon 2 Mar, 10:00under way',
      'Mon 30 Mar, 10:00in 26 days',
      'Mon 6 Apr, 10:00in 1 month',
    ]);
    const first = rows[0].closest('tr')!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Mon 9 Mar, 10:00', 'Primary', 'LOCAL-PLUS weekly on-call']);
  });

  it('shows a new calendar link once, with a copy button and a warning', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<MyShiftsTab />, api);
    await screen.findByRole('table', { name: 'My calendar links' });

    fireEvent.click(
      screen.getByRole('button', { name: 'Create calendar link' }),
    );

    const shown = await screen.findByRole('status');
    expect(shown).toHaveTextContent(
      'Copy this link now: it is shown only once',
    );
    expect(shown).toHaveTextContent('The link is secret');
    expect(within(shown).getByLabelText('Calendar link')).toHaveValue(
      'http://localhost:7007/api/oncall/ical/s3cr3t-token.ics',
    );
    expect(
      within(shown).getByRole('button', { name: 'Copy the calendar link' }),
    ).toBeInTheDocument();
    expect(api.createCalendarLink).toHaveBeenCalledWith({ scope: 'person' });
    await waitFor(() => expect(api.listCalendarLinks).toHaveBeenCalledTimes(2));
  });

  it("makes a rotation's feed when one is chosen", async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<MyShiftsTab />, api);
    await screen.findByRole('table', { name: 'My calendar links' });

    fireEvent.change(screen.getByLabelText('Calendar of'), {
      target: { value: 'localplus-weekly' },
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Create calendar link' }),
    );

    await screen.findByRole('status');
    expect(api.createCalendarLink).toHaveBeenCalledWith({
      scope: 'rotation',
      target: 'localplus-weekly',
    });
  });

  it('revokes a link and lists the links again', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<MyShiftsTab />, api);
    const links = await screen.findByRole('table', {
      name: 'My calendar links',
    });
    expect(links).toHaveTextContent('My shiftsSun 1 Feb, 11:00Active');

    api.listCalendarLinks.mockResolvedValue([
      { ...dianaLink, revokedAt: '2026-03-04T09:00:00.000Z' },
    ]);
    fireEvent.click(within(links).getByRole('button', { name: 'Revoke' }));

    expect(
      await screen.findByText('Revoked Wed 4 Mar, 10:00'),
    ).toBeInTheDocument();
    expect(api.revokeCalendarLink).toHaveBeenCalledWith('cal-1');
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
  });

  it('tells people without the permission that links are not for them', async () => {
    const api = fakeOnCallApi();
    api.listCalendarLinks.mockRejectedValue(
      new OnCallApiError('Unauthorized', 403),
    );
    renderWithOnCallApi(<MyShiftsTab />, api);

    expect(
      await screen.findByText(/Calendar links are for on-call responders/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Create calendar link' }),
    ).toBeNull();
  });
});
