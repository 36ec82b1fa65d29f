import { screen, within } from '@testing-library/react';
import type {
  ComplianceStatusResponse,
  ControlStatus,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import {
  accessControl,
  control,
  statusResponse,
  tamperedStatusResponse,
} from '../../__fixtures__/status';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { StatusOverviewContent } from './StatusOverviewContent';

/** The last 30 days as of the pinned clock (20 May 2026), both days included. */
const PERIOD_QUERY = 'from=2026-04-21&to=2026-05-20';

/** The per-framework table read as { framework: { column header: figure } }. */
function figuresOf(table: HTMLElement): Record<string, Record<string, string>> {
  const text = (cell: Element) =>
    (cell.textContent ?? '').replace(/\u00AD/g, '').trim();
  const headers = within(table).getAllByRole('columnheader').map(text);
  const rows = within(table).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map(row => {
      const [framework, ...figures] = Array.from(row.children).map(text);
      return [
        framework,
        Object.fromEntries(figures.map((f, i) => [headers[i + 1], f])),
      ];
    }),
  );
}

function failingControl(
  index: number,
  status: ControlStatus,
  satisfiedRatio: number,
): ControlSummary {
  return {
    ...accessControl,
    control: control(`control-${index}`, `Control number ${index}`, [
      'soc2:CC8.1',
      'gdpr:Art.44',
    ]),
    status,
    coverage: { ...accessControl.coverage, satisfiedRatio },
  };
}

function answering(status: ComplianceStatusResponse) {
  const api = fakeComplianceApi();
  api.getStatus.mockResolvedValue(status);
  return api;
}

describe('Compliance status widget', () => {
  it('counts each framework’s controls by status and averages their coverage over the last 30 days, in one request', async () => {
    const api = fakeComplianceApi();
    renderWithComplianceApi(<StatusOverviewContent />, api);

    const table = await screen.findByRole('table', {
      name: 'Controls per framework',
    });
    expect(figuresOf(table)).toEqual({
      GDPR: {
        Satisfied: '0',
        'Not satisfied': '1',
        Error: '0',
        'Not evaluated': '0',
        'Average coverage': '80%',
      },
      'PCI DSS': {
        Satisfied: '1',
        'Not satisfied': '0',
        Error: '1',
        'Not evaluated': '0',
        'Average coverage': '97.5%',
      },
      // The control never evaluated counts as such, and not in the average.
      'SOC 2': {
        Satisfied: '1',
        'Not satisfied': '0',
        Error: '0',
        'Not evaluated': '1',
        'Average coverage': '100%',
      },
    });
    expect(
      screen.getByText('Last 30 days: 21 Apr 2026 – 20 May 2026'),
    ).toBeInTheDocument();
    expect(api.getStatus).toHaveBeenCalledTimes(1);
    expect(api.getStatus).toHaveBeenCalledWith({
      from: '2026-04-21',
      to: '2026-05-20',
    });
  });

  it('takes the frameworks from the answer', async () => {
    const iso = {
      id: 'iso27001',
      title: 'ISO/IEC 27001',
      requirements: [{ id: 'A.8.15', title: 'Logging' }],
      controlsByRequirement: { 'A.8.15': ['logging'] },
    };
    const logging: ControlSummary = {
      ...accessControl,
      control: control('logging', 'Events are logged', ['iso27001:A.8.15']),
    };
    const api = answering({
      ...statusResponse,
      frameworks: [iso],
      controls: [logging],
    });
    renderWithComplianceApi(<StatusOverviewContent />, api);

    const table = await screen.findByRole('table', {
      name: 'Controls per framework',
    });
    expect(Object.keys(figuresOf(table))).toEqual(['ISO/IEC 27001']);
    expect(figuresOf(table)['ISO/IEC 27001'].Satisfied).toBe('1');
  });

  it('lists up to 6 controls failing now, not satisfied and least covered first, each opening its page for the period', async () => {
    const controls = [
      failingControl(1, 'error', 0.5),
      failingControl(2, 'not-satisfied', 0.9),
      failingControl(3, 'not-satisfied', 0.2),
      failingControl(4, 'error', 0.7),
      failingControl(5, 'not-satisfied', 0.6),
      failingControl(6, 'not-satisfied', 0.4),
      failingControl(7, 'not-satisfied', 0.8),
      failingControl(8, 'not-satisfied', 0.3),
      accessControl,
    ];
    const api = answering({ ...statusResponse, controls });
    renderWithComplianceApi(<StatusOverviewContent />, api);

    const list = await screen.findByRole('list', {
      name: 'Controls failing now',
    });
    // Requirement chips are list items too; the controls carry their id.
    const shown = within(list)
      .getAllByRole('listitem')
      .filter(item => item.hasAttribute('data-control'));
    expect(shown.map(item => item.getAttribute('data-control'))).toEqual([
      'control-3',
      'control-8',
      'control-6',
      'control-5',
      'control-7',
      'control-2',
    ]);
    expect(
      screen.getByRole('heading', { name: 'Failing now (6 of 8)' }),
    ).toBeInTheDocument();

    const first = shown[0];
    expect(
      within(first).getByRole('link', { name: 'Control number 3' }),
    ).toHaveAttribute('href', `/compliance/controls/control-3?${PERIOD_QUERY}`);
    expect(within(first).getByText('SOC 2 CC8.1')).toBeInTheDocument();
    expect(within(first).getByText('GDPR Art.44')).toBeInTheDocument();
    expect(within(first).getByText('Not satisfied')).toBeInTheDocument();
    expect(within(first).getByText('20% covered')).toBeInTheDocument();
    expect(screen.queryByText('Access is granted by role')).toBeNull();

    expect(
      screen.getByRole('link', { name: 'Open the Compliance page' }),
    ).toHaveAttribute('href', `/compliance?${PERIOD_QUERY}`);
  });

  it('shows an error in a control’s coverage and requirement chips from the fixture', async () => {
    const api = fakeComplianceApi();
    renderWithComplianceApi(<StatusOverviewContent />, api);

    const list = await screen.findByRole('list', {
      name: 'Controls failing now',
    });
    const residency = within(list)
      .getByRole('link', { name: 'Personal data stays in eu-west-1' })
      .closest('li')!;
    const tls = within(list)
      .getByRole('link', { name: 'TLS 1.2 at least' })
      .closest('li')!;
    // Not satisfied before error.
    expect(
      residency.compareDocumentPosition(tls) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(residency).getByText('GDPR Art.44')).toBeInTheDocument();
    expect(within(residency).getByText('80% covered')).toBeInTheDocument();
    expect(within(tls).getByText('PCI DSS 4.2.1')).toBeInTheDocument();
    expect(within(tls).getByText('Error')).toBeInTheDocument();
    expect(within(tls).getByText('95% covered')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Failing now' }),
    ).toBeInTheDocument();
  });

  it('opens with the tamper line when the ledger is broken', async () => {
    const api = answering(tamperedStatusResponse);
    renderWithComplianceApi(<StatusOverviewContent />, api);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Evidence ledger broken at record #812$/);
    const table = screen.getByRole('table', { name: 'Controls per framework' });
    expect(
      alert.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows no tamper line while the ledger verifies', async () => {
    const api = fakeComplianceApi();
    renderWithComplianceApi(<StatusOverviewContent />, api);

    await screen.findByRole('table', { name: 'Controls per framework' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Evidence ledger broken/)).toBeNull();
  });

  it('says why it could not load', async () => {
    const api = fakeComplianceApi();
    api.getStatus.mockRejectedValue(new Error('Bad Gateway'));
    renderWithComplianceApi(<StatusOverviewContent />, api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Compliance status could not be loaded: Bad Gateway',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when no control is defined, and when none fails', async () => {
    const empty = answering({ ...statusResponse, controls: [] });
    const { unmount } = renderWithComplianceApi(
      <StatusOverviewContent />,
      empty,
    );
    expect(
      await screen.findByText('No compliance control is defined yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    unmount();

    const allWell = answering({ ...statusResponse, controls: [accessControl] });
    renderWithComplianceApi(<StatusOverviewContent />, allWell);
    expect(
      await screen.findByText('No control is failing now.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Controls failing now' }),
    ).toBeNull();
  });

  it('renders a hostile control title as text', async () => {
    const api = answering({
      ...statusResponse,
      controls: [
        {
          ...failingControl(1, 'not-satisfied', 0.5),
          control: control('control-1', '<img src=x onerror=alert(1)>', []),
        },
      ],
    });
    renderWithComplianceApi(<StatusOverviewContent />, api);

    expect(
      await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
