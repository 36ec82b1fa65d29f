import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OnCallApiError } from '../../api/OnCallApiError';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { FairnessTab } from './FairnessTab';

describe('FairnessTab', () => {
  it('shows hours, nights, weekends, pages and compensation per person over the last 4 weeks', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<FairnessTab />, api);

    const table = await screen.findByRole('table', {
      name: 'On-call load per person',
    });
    expect(api.getFairness).toHaveBeenCalledWith({
      from: '2026-02-04T09:00:00.000Z',
      to: '2026-03-04T09:00:00.000Z',
    });
    const diana = within(table)
      .getByRole('rowheader', { name: /Diana Rossi/ })
      .closest('tr')!;
    expect(
      within(diana)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      '336 h',
      '168 h',
      '168 h',
      '140 h',
      '96 h',
      '4',
      '1',
      '2',
      '2',
      '1',
      '6 h',
    ]);
    const heading = within(table).getByRole('columnheader', {
      name: 'Weekend time off (1.5×)',
    });
    // Headings wrap between words so the table fits beside the names;
    // figures and names keep to one line.
    expect(getComputedStyle(heading).whiteSpace).not.toBe('nowrap');
    expect(
      getComputedStyle(within(diana).getAllByRole('cell')[0]).whiteSpace,
    ).toBe('nowrap');
    const name = within(diana)
      .getByText('Diana Rossi')
      .closest('[class*="oneLine"]')!;
    expect(getComputedStyle(name).whiteSpace).toBe('nowrap');
    // When the table scrolls sideways (narrow pages), the Person column
    // stays in place, on the card's background.
    for (const pinned of [
      within(diana).getByRole('rowheader'),
      within(table).getByRole('columnheader', { name: 'Person' }),
    ]) {
      expect(getComputedStyle(pinned).position).toBe('sticky');
      expect(getComputedStyle(pinned).left).toBe('0px');
      expect(getComputedStyle(pinned).backgroundColor).not.toBe('');
    }
    // Both heading rows in one colour, the pinned heading's.
    const headingColours = new Set(
      within(table)
        .getAllByRole('columnheader')
        .map(cell => getComputedStyle(cell).backgroundColor),
    );
    expect(Array.from(headingColours)).toEqual([
      getComputedStyle(
        within(table).getByRole('columnheader', { name: 'Person' }),
      ).backgroundColor,
    ]);
  });

  it('reads another period when one is picked, refusing a reversed custom one', async () => {
    const api = fakeOnCallApi();
    renderWithOnCallApi(<FairnessTab />, api);
    await screen.findByRole('table', { name: 'On-call load per person' });

    fireEvent.change(screen.getByLabelText('Period'), {
      target: { value: 'custom' },
    });
    fireEvent.change(screen.getByLabelText('First day'), {
      target: { value: '2026-01-11' },
    });
    fireEvent.change(screen.getByLabelText('Last day'), {
      target: { value: '2026-01-05' },
    });
    expect(
      screen.getByText('The last day must not be before the first'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Last day'), {
      target: { value: '2026-01-17' },
    });
    await waitFor(() =>
      expect(api.getFairness).toHaveBeenLastCalledWith({
        from: '2026-01-10T23:00:00.000Z',
        to: '2026-01-17T23:00:00.000Z',
      }),
    );
  });

  it('tells people the backend refuses who may see the report', async () => {
    const api = fakeOnCallApi();
    api.getFairness.mockRejectedValue(
      new OnCallApiError('Unauthorized', 403, 'NotAllowedError'),
    );
    renderWithOnCallApi(<FairnessTab />, api);

    expect(
      await screen.findByText(
        'Only on-call responders, tech leads, platform engineers and auditors see the fairness report.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  describe('Download CSV', () => {
    const createObjectURL = jest.fn(() => 'blob:http://localhost/fairness');
    let downloads: string[];

    beforeEach(() => {
      downloads = [];
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function click(this: HTMLAnchorElement) {
          downloads.push(this.download);
        });
    });

    afterEach(() => jest.restoreAllMocks());

    it('saves the CSV of the period shown', async () => {
      const api = fakeOnCallApi();
      renderWithOnCallApi(<FairnessTab />, api);

      fireEvent.click(
        await screen.findByRole('button', { name: 'Download CSV' }),
      );

      await waitFor(() =>
        expect(downloads).toEqual([
          'oncall-fairness-2026-02-04-2026-03-04.csv',
        ]),
      );
      expect(api.getFairnessCsv).toHaveBeenCalledWith({
        from: '2026-02-04T09:00:00.000Z',
        to: '2026-03-04T09:00:00.000Z',
      });
      const blob = (createObjectURL.mock.calls[0] as unknown[])[0] as Blob;
      expect(blob.type).toBe('text/csv');
      expect(await blob.text()).toBe('user,hoursOnCall\n');
    });

    it('says why when the CSV cannot be fetched', async () => {
      const api = fakeOnCallApi();
      api.getFairnessCsv.mockRejectedValue(
        new Error('The on-call backend answered 500'),
      );
      renderWithOnCallApi(<FairnessTab />, api);

      fireEvent.click(
        await screen.findByRole('button', { name: 'Download CSV' }),
      );

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Could not download the report: The on-call backend answered 500',
      );
      expect(downloads).toEqual([]);
    });
  });
});
