import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { PagesTab } from './PagesTab';

function rowOf(table: HTMLElement, summary: string) {
  return within(table)
    .getByRole('rowheader', { name: new RegExp(summary) })
    .closest('tr')!;
}

describe('PagesTab', () => {
  it('lists recent pages with their acknowledgement and whether the target was met', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<PagesTab />, api);

    const table = await screen.findByRole('table', { name: 'Pages' });
    expect(api.listPages).toHaveBeenCalledWith({ status: 'all' });
    const late = rowOf(table, 'svc-wallet error rate');
    expect(
      within(late)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'P2 high',
      'Fri 27 Feb, 23:104 days ago',
      'Charlie Nguyen',
      'Acknowledged by Diana Rossi Fri 27 Feb, 23:40, target missed',
      'Missed',
      'Sat 28 Feb, 00:30',
    ]);
    const met = rowOf(table, 'p99 latency');
    expect(within(met).getByText('Met')).toBeInTheDocument();
    expect(within(met).getByText('Firing')).toBeInTheDocument();
  });

  it('acknowledges an open page from the list', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<PagesTab />, api);
    const table = await screen.findByRole('table', { name: 'Pages' });
    const open = rowOf(table, 'failing 40 %');
    expect(within(open).getByText('Pending')).toBeInTheDocument();

    fireEvent.click(within(open).getByRole('button', { name: 'Acknowledge' }));

    expect(await within(open).findByText('Met')).toBeInTheDocument();
    expect(api.acknowledgePage).toHaveBeenCalledWith('page-1');
  });

  it('asks for the open pages only when told to', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<PagesTab />, api);
    await screen.findByRole('table', { name: 'Pages' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Open pages only' }));

    await waitFor(() =>
      expect(api.listPages).toHaveBeenLastCalledWith({ status: 'open' }),
    );
  });
});
