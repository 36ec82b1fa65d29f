import { screen, within } from '@testing-library/react';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { ProblemsTab } from './ProblemsTab';

describe('ProblemsTab', () => {
  it('lists unreadable files and folders by entity with the reason', async () => {
    const api = fakeAdrApi();
    renderWithAdrApi(<ProblemsTab />, api);

    const table = await screen.findByRole('table', {
      name: 'Decision problems',
    });
    expect(api.getProblems).toHaveBeenCalledWith();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(row => row.textContent)).toEqual([
      'svc-ledgerdocs/adr/0004-broken.mdfront matter: date "last week" is not YYYY-MM-DD',
      'svc-wallethttps://github.com/localplus/svc-wallet/tree/main/docs/decisions, Opens in a new windowthe folder does not exist',
    ]);
    expect(
      within(rows[1]).getByRole('link', { name: /svc-wallet\/tree/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/localplus/svc-wallet/tree/main/docs/decisions',
    );
  });

  it('says when every file was read', async () => {
    const api = fakeAdrApi();
    api.getProblems.mockResolvedValue({ problems: [] });
    renderWithAdrApi(<ProblemsTab />, api);

    expect(
      await screen.findByText('Every decision file was read'),
    ).toBeInTheDocument();
  });

  it('reports a refusal in the words of the backend', async () => {
    const api = fakeAdrApi();
    api.getProblems.mockRejectedValue(new Error('Unauthorized'));
    renderWithAdrApi(<ProblemsTab />, api);

    expect(
      await screen.findByText(/The problems could not be loaded: Unauthorized/),
    ).toBeInTheDocument();
  });
});
