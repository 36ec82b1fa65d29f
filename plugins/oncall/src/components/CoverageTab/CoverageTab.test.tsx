import { screen, within } from '@testing-library/react';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { coverage } from '../../__fixtures__/overview';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { CoverageTab } from './CoverageTab';

describe('CoverageTab', () => {
  it('groups the findings of the next 4 weeks by kind, each explained', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<CoverageTab />, api);

    const gaps = await screen.findByRole('list', { name: 'Nobody on call' });
    expect(api.getCoverage).toHaveBeenCalledWith({ weeks: 4 });
    expect(gaps).toHaveTextContent(
      'localplus-weekly: no secondary, Mon 16 Mar, 10:00 – Tue 17 Mar, 10:00 (24 h)',
    );
    expect(
      screen.getByText(/a page would reach nobody at that step/),
    ).toBeInTheDocument();
    const headings = screen
      .getAllByRole('heading')
      .map(h => h.textContent)
      .filter(text => /\(\d+\)$/.test(text ?? ''));
    expect(headings).toEqual([
      'Nobody on call (1)',
      'Critical services without a rotation (1)',
      'On call outside the owning group (1)',
      'Layers with a single person (1)',
    ]);
    const critical = screen.getByRole('list', {
      name: 'Critical services without a rotation',
    });
    expect(within(critical).getByText(/\(P0\), owned by/)).toBeInTheDocument();
  });

  it('says so when nothing is at risk', async () => {
    const api = fakeOnCallApi();
    api.getCoverage.mockResolvedValue({ ...coverage, findings: [] });
    renderWithOnCallApi(<CoverageTab />, api);

    expect(
      await screen.findByText(/No gap and no coverage risk from/),
    ).toBeInTheDocument();
  });
});
