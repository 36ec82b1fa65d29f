import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  fakeComplianceApi,
  responseError,
} from '../../__fixtures__/fakeComplianceApi';
import { tamperedStatusResponse } from '../../__fixtures__/status';
import {
  actionPermissionsAnswered,
  personaPermissions,
} from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { CompliancePage } from './CompliancePage';

// The auditor: reads and exports everything, changes nothing.
function renderPage(url = '/compliance', api = fakeComplianceApi()) {
  renderWithComplianceApi(<CompliancePage />, api, {
    url,
    apis: [personaPermissions.auditor()],
  });
  return api;
}

const location = () => screen.getByTestId('location').textContent;

async function choosePeriod(option: string) {
  fireEvent.mouseDown(screen.getByRole('button', { name: /Audit period/ }));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}

function rowOf(table: HTMLElement, controlTitle: string): HTMLElement {
  return within(table).getByRole('link', { name: controlTitle }).closest('tr')!;
}

describe('CompliancePage', () => {
  it('lists the controls, failing first, with requirements, owner, status and coverage', async () => {
    const api = renderPage();

    const table = await screen.findByRole('table', { name: 'Controls' });
    expect(api.getStatus).toHaveBeenCalledWith({
      from: undefined,
      to: undefined,
    });
    const titles = within(table)
      .getAllByRole('rowheader')
      .map(cell => within(cell).getByRole('link').textContent);
    expect(titles).toEqual([
      'Personal data stays in eu-west-1',
      'TLS 1.2 at least',
      'Changes are decided',
      'Access is granted by role',
    ]);

    const residency = rowOf(table, 'Personal data stays in eu-west-1');
    expect(
      within(residency).getByRole('link', {
        name: 'Personal data stays in eu-west-1',
      }),
    ).toHaveAttribute('href', '/compliance/controls/gdpr-eu-residency');
    expect(within(residency).getByLabelText('Requirements')).toHaveTextContent(
      'GDPR Art.44',
    );
    expect(residency).toHaveTextContent('team-platform');
    expect(residency).toHaveTextContent('daily');
    expect(
      within(residency).getByText('Not satisfied').closest('[data-status]'),
    ).toHaveAttribute('data-status', 'not-satisfied');
    expect(residency).toHaveTextContent('1 of 3 subjects not satisfied');
    expect(residency).toHaveTextContent('80%');
    expect(residency).toHaveTextContent('20 May 2026, 08:00');

    const access = rowOf(table, 'Access is granted by role');
    expect(
      within(within(access).getByLabelText('Requirements'))
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['SOC 2 CC6.1', 'PCI DSS 7.2.1']);
    expect(access).toHaveTextContent('100%');

    const change = rowOf(table, 'Changes are decided');
    expect(change).toHaveTextContent('Not evaluated');
    expect(within(change).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('sums up the controls, the ledger and the latest run', async () => {
    renderPage();

    const summary = await screen.findByRole('region', { name: 'Summary' });
    const figure = (name: string) =>
      summary.querySelector(`[data-summary="${name}"]`)!.textContent;
    expect(figure('satisfied')).toBe('1Satisfied');
    expect(figure('not-satisfied')).toBe('1Not satisfied');
    expect(figure('error')).toBe('1Error');
    expect(figure('not-evaluated')).toBe('1Not evaluated');
    expect(figure('ledger')).toBe('Verified, 1234 recordsEvidence ledger');
    expect(figure('latest-run')).toBe('20 May 2026, 08:01Latest evaluation');
  });

  it('offers the frameworks of the answer as tabs and shows the crosswalk of one', async () => {
    const api = renderPage();

    const tabs = await screen.findByRole('tablist', { name: 'Frameworks' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map(tab => tab.textContent),
    ).toEqual(['All', 'GDPR', 'PCI DSS', 'SOC 2']);
    fireEvent.click(within(tabs).getByRole('tab', { name: 'SOC 2' }));

    await waitFor(() => expect(location()).toBe('/compliance?framework=soc2'));
    const requirements = await screen.findByRole('table', {
      name: 'Requirements of SOC 2',
    });
    const cc61 = requirements.querySelector('[data-requirement="CC6.1"]')!;
    expect(cc61).toHaveTextContent('SOC 2 CC6.1Logical access security');
    expect(within(cc61 as HTMLElement).getByRole('link')).toHaveTextContent(
      'Access is granted by role',
    );
    expect(cc61).toHaveTextContent('100% covered');
    // A requirement no control serves is named as a gap.
    expect(
      requirements.querySelector('[data-requirement="CC7.2"]'),
    ).toHaveTextContent('No control serves this requirement.');
    const controls = screen.getByRole('table', { name: 'Controls of SOC 2' });
    expect(within(controls).getAllByRole('rowheader')).toHaveLength(2);
    // The tab filters the answer already loaded.
    expect(api.getStatus).toHaveBeenCalledTimes(1);
    // The hostile documentation link of the fixture stays out.
    expect(
      screen.queryByRole('link', { name: /How we meet SOC 2/ }),
    ).toBeNull();
  });

  it('says so when the link names a framework that is not defined', async () => {
    renderPage('/compliance?framework=iso27001');

    expect(
      await screen.findByText(/No framework “iso27001” is defined/),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Controls' })).toBeInTheDocument();
  });

  it('reads the period from the link and writes a chosen preset back into it', async () => {
    const api = renderPage(
      '/compliance?from=2026-01-01&to=2026-03-31&framework=gdpr',
    );

    await screen.findByRole('table', { name: 'Controls of GDPR' });
    expect(api.getStatus).toHaveBeenCalledWith({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(
      screen.getByRole('button', { name: /Audit period/ }),
    ).toHaveTextContent('Previous quarter');

    await choosePeriod('Last 90 days');

    await waitFor(() =>
      expect(location()).toBe(
        '/compliance?from=2026-02-20&to=2026-05-20&framework=gdpr',
      ),
    );
    await waitFor(() =>
      expect(api.getStatus).toHaveBeenLastCalledWith({
        from: '2026-02-20',
        to: '2026-05-20',
      }),
    );
    expect(
      screen.getByRole('button', { name: /Audit period/ }),
    ).toHaveTextContent('Last 90 days');
  });

  it('takes a custom period, and refuses one the backend would', async () => {
    const api = renderPage();
    await screen.findByRole('table', { name: 'Controls' });

    await choosePeriod('Custom…');
    const first = screen.getByLabelText('First day');
    const last = screen.getByLabelText('Last day');
    // Prefilled with the period the backend answered for.
    expect(first).toHaveValue('2026-04-21');
    expect(last).toHaveValue('2026-05-20');

    fireEvent.change(last, { target: { value: '2026-06-01' } });
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(
      screen.getByText('The period cannot end after today.'),
    ).toBeInTheDocument();

    fireEvent.change(first, { target: { value: '2026-03-01' } });
    fireEvent.change(last, { target: { value: '2026-03-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() =>
      expect(location()).toBe('/compliance?from=2026-03-01&to=2026-03-15'),
    );
    await waitFor(() =>
      expect(api.getStatus).toHaveBeenLastCalledWith({
        from: '2026-03-01',
        to: '2026-03-15',
      }),
    );
  });

  it('drops a mangled period from the link instead of sending it', async () => {
    const api = renderPage(
      `/compliance?from=${encodeURIComponent(
        '2026-01-01&framework=x',
      )}&to=2026-13-40`,
    );

    await screen.findByRole('table', { name: 'Controls' });
    expect(api.getStatus).toHaveBeenCalledWith({
      from: undefined,
      to: undefined,
    });
  });

  it('shows no tamper banner while the ledger verifies', async () => {
    renderPage();

    await screen.findByRole('table', { name: 'Controls' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the first broken record of the ledger in a banner', async () => {
    const api = fakeComplianceApi();
    api.getStatus.mockResolvedValue(tamperedStatusResponse);
    renderPage('/compliance', api);

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      'Evidence ledger broken at record #812: its hash does not match its content',
    );
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.querySelector('[data-summary="ledger"]')).toHaveTextContent(
      'Broken at record #812',
    );
  });

  it('gives the auditor the export and no control that changes anything', async () => {
    renderPage();

    await screen.findByRole('table', { name: 'Controls' });
    await actionPermissionsAnswered();
    expect(
      screen.getByRole('button', { name: 'Export evidence' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Run evaluation now' }),
    ).not.toBeInTheDocument();
  });

  it('downloads the export of the period in the link', async () => {
    const createObjectURL = jest.fn(() => 'blob:export');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const downloads: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        downloads.push(`${this.download} ${this.getAttribute('href')}`);
      });
    try {
      const api = renderPage('/compliance?from=2026-01-01&to=2026-03-31');

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export evidence' }),
      );

      await waitFor(() =>
        expect(downloads).toEqual([
          'localplus-compliance-2026-01-01-2026-03-31.zip blob:export',
        ]),
      );
      expect(api.exportPeriod).toHaveBeenCalledWith({
        from: '2026-01-01',
        to: '2026-03-31',
      });
      expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    } finally {
      click.mockRestore();
    }
  });

  it('says why an export failed', async () => {
    const api = fakeComplianceApi();
    api.exportPeriod.mockRejectedValue(new Error('the archive is too large'));
    renderPage('/compliance', api);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Export evidence' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export failed: the archive is too large',
    );
  });

  it('shows where the evidence comes from and which collector failed', async () => {
    renderPage();

    const errors = await screen.findByRole('region', {
      name: 'Collector errors',
    });
    expect(errors).toHaveTextContent(
      'github: GitHub answered 401: bad credentials',
    );
    expect(
      screen.getByText(
        /Last run 20 May 2026, 08:00: succeeded, scheduled, 412 observations/,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Collectors' })).getByText(
        'Catalog (2 checks)',
      ),
    ).toBeInTheDocument();
  });

  it('reports a refused period in the words of the backend', async () => {
    const api = fakeComplianceApi();
    api.getStatus.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'from: the period must be at most 366 days long, it is 3654',
      ),
    );
    renderPage('/compliance?from=2016-01-01&to=2026-01-01', api);

    expect(
      await screen.findByText(
        /The controls could not be loaded: from: the period must be at most 366 days long, it is 3654/,
      ),
    ).toBeInTheDocument();
  });
});
