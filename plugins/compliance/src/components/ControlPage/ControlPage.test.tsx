import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { hostileObservation } from '../../__fixtures__/control';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { tamperedStatusResponse } from '../../__fixtures__/status';
import {
  actionPermissionsAnswered,
  personaPermissions,
} from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { ControlPage } from './ControlPage';

const URL =
  '/compliance/controls/gdpr-eu-residency?from=2026-04-21&to=2026-05-20';

// The auditor: reads everything, changes nothing.
function renderControl(url = URL, api = fakeComplianceApi()) {
  renderWithComplianceApi(<ControlPage />, api, {
    url,
    mountPath: '/compliance/controls/:id',
    apis: [personaPermissions.auditor()],
  });
  return api;
}

const location = () => screen.getByTestId('location').textContent;

function card(title: RegExp): HTMLElement {
  return screen.getByText(title).closest('.MuiCard-root') as HTMLElement;
}

describe('ControlPage', () => {
  it('says what the control is, what it serves and where it stands', async () => {
    const api = renderControl();

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Personal data stays in eu-west-1',
      }),
    ).toBeInTheDocument();
    expect(api.getControl).toHaveBeenCalledWith('gdpr-eu-residency', {
      from: '2026-04-21',
      to: '2026-05-20',
    });
    const about = card(/About this control/);
    expect(about).toHaveTextContent(
      'Personal data stays in eu-west-1, shown by evidence.',
    );
    expect(about).toHaveTextContent('team-platform');
    expect(about).toHaveTextContent('daily');
    expect(await within(about).findByText('GDPR Art.44')).toBeInTheDocument();
    expect(about).toHaveTextContent(
      'kubernetes.cluster-region — Every node runs in eu-west-1',
    );
    expect(
      within(about).getByRole('link', {
        name: 'https://docs.localplus.io/compliance/eu-residency, Opens in a new window',
      }),
    ).toHaveAttribute(
      'href',
      'https://docs.localplus.io/compliance/eu-residency',
    );
    expect(about).toHaveTextContent('80%');
    expect(screen.getByRole('link', { name: 'All controls' })).toHaveAttribute(
      'href',
      '/compliance?from=2026-04-21&to=2026-05-20',
    );
  });

  it('lists the subjects failing first, with why and their exemption', async () => {
    renderControl();

    const table = await screen.findByRole('table', { name: 'Subjects' });
    // Only the failing ones at first; the others are one click away.
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Show the 2 others (satisfied or not applicable)',
      }),
    );
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map(row => row.textContent)).toEqual([
      'cluster:eks-us-lab',
      'workload:eks-prod/loyalty/Deployment/svc-loyalty-with-a-very-long-name-that-must-wrap',
      'cluster:eks-dr',
      'cluster:eks-prod',
    ]);
    const lab = rows[0].closest('tr')!;
    expect(lab).toHaveTextContent('Not satisfied');
    expect(lab).toHaveTextContent('2 nodes are in us-east-1.');
    expect(lab).toHaveTextContent(
      'Exemption requested by user:default/lucas-bernard',
    );
    expect(rows[1].closest('tr')).toHaveTextContent('svc-loyalty');
    expect(rows[2].closest('tr')).toHaveTextContent('Exempt until 30 Jun 2026');
  });

  it('draws the status of every run of the period, and its changes in words', async () => {
    renderControl();

    const strip = await screen.findByRole('list', { name: 'Status per run' });
    const cells = within(strip).getAllByRole('listitem');
    expect(cells.map(cell => cell.getAttribute('data-status'))).toEqual([
      'satisfied',
      'not-satisfied',
      'not-satisfied',
    ]);
    expect(cells[1]).toHaveAttribute(
      'aria-label',
      '19 May 2026, 08:00: Not satisfied (2 satisfied, 1 not satisfied)',
    );
    const changes = screen.getByRole('list', { name: 'Changes of status' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Not satisfiedsince 19 May 2026, 08:00 · 2 runs · 2 satisfied, 1 not satisfied',
      'Satisfied18 May 2026, 08:00 – 19 May 2026, 08:00 · 1 run · 3 satisfied',
    ]);
  });

  it('shows the evidence with its ledger record and what was examined', async () => {
    const api = renderControl();

    const evidence = await screen.findByRole('table', { name: 'Evidence' });
    expect(api.getObservations).toHaveBeenCalledWith({
      control: 'gdpr-eu-residency',
      from: '2026-04-21',
      to: '2026-05-20',
      subject: undefined,
      result: undefined,
      limit: 25,
      offset: 0,
    });
    const failing = evidence.querySelector(
      '[data-sequence="1202"]',
    ) as HTMLElement;
    expect(failing).toHaveTextContent('kubernetes.cluster-region');
    expect(failing).toHaveTextContent('cluster:eks-us-lab');
    expect(failing).toHaveTextContent('Fail');
    expect(failing).toHaveTextContent(
      '2 nodes are in us-east-1: ip-10-0-1-5, ip-10-0-1-6.',
    );
    expect(failing).toHaveTextContent('Method: examine');
    expect(failing).toHaveTextContent('20 May 2026, 08:00');
    expect(failing).toHaveTextContent('#1202');
    expect(within(failing).getByText('120212021202')).toHaveAttribute(
      'title',
      '1202'.repeat(16),
    );
    expect(
      within(failing).getByRole('link', {
        name: 'kubernetes-object: eks-us-lab/Node, Opens in a new window',
      }),
    ).toHaveAttribute('href', 'https://k8s.example.com/api/v1/nodes');
    // 60 observations, 25 a page.
    expect(screen.getByText('1-25 of 60')).toBeInTheDocument();
  });

  it('narrows the evidence by result and subject, and pages through it, in the URL', async () => {
    const api = renderControl();
    await screen.findByRole('table', { name: 'Evidence' });

    fireEvent.mouseDown(screen.getByRole('button', { name: /Result/ }));
    fireEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: 'Fail',
      }),
    );
    await waitFor(() => expect(location()).toBe(`${URL}&result=fail`));
    fireEvent.change(screen.getByLabelText('Subject'), {
      target: { value: 'cluster:eks-us-lab' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() =>
      expect(location()).toBe(
        `${URL}&result=fail&subject=cluster%3Aeks-us-lab`,
      ),
    );
    await waitFor(() =>
      expect(api.getObservations).toHaveBeenLastCalledWith(
        expect.objectContaining({
          result: 'fail',
          subject: 'cluster:eks-us-lab',
          offset: 0,
        }),
      ),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(api.getObservations).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 25 }),
      ),
    );
    expect(location()).toContain('offset=25');
  });

  it('opens on the evidence of one subject from a link, dropping filters the backend would refuse', async () => {
    const api = renderControl(
      `/compliance/controls/gdpr-eu-residency?subject=cluster%3Aeks-us-lab&result=everything&offset=-5`,
    );

    await screen.findByRole('table', { name: 'Evidence' });
    expect(api.getObservations).toHaveBeenCalledWith({
      control: 'gdpr-eu-residency',
      from: undefined,
      to: undefined,
      subject: 'cluster:eks-us-lab',
      result: undefined,
      limit: 25,
      offset: 0,
    });
    expect(screen.getByLabelText('Subject')).toHaveValue('cluster:eks-us-lab');
  });

  it('lists the exemptions with justification, requester, approver, expiry and state', async () => {
    renderControl();

    const table = await screen.findByRole('table', { name: 'Exemptions' });
    const requested = table.querySelector(
      '[data-exemption="ex-1"]',
    ) as HTMLElement;
    expect(requested).toHaveTextContent(
      'The lab cluster holds synthetic data only, never personal data.',
    );
    expect(requested).toHaveTextContent('lucas-bernard');
    expect(requested).toHaveTextContent('1 Aug 2026');
    expect(requested.querySelector('[data-state]')).toHaveTextContent(
      'requested',
    );
    const approved = table.querySelector(
      '[data-exemption="ex-0"]',
    ) as HTMLElement;
    expect(approved).toHaveTextContent('marc-lefevre');
    expect(approved).toHaveTextContent('“Until the drill ends”');
    expect(approved.querySelector('[data-state]')).toHaveTextContent(
      'in force',
    );
  });

  it('offers the auditor no control that changes anything', async () => {
    renderControl();

    await screen.findByRole('table', { name: 'Exemptions' });
    await actionPermissionsAnswered();
    expect(
      screen.queryByRole('button', { name: /Request exemption/ }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Reject/ })).toBeNull();
  });

  it('renders hostile evidence as text, never as markup or a script link', async () => {
    const api = fakeComplianceApi();
    api.getObservations.mockResolvedValue({
      items: [hostileObservation],
      total: 1,
    });
    renderControl(URL, api);

    const evidence = await screen.findByRole('table', { name: 'Evidence' });
    expect(evidence).toHaveTextContent(
      '<script>window.pwned = true</script>Owner is <b>missing</b>',
    );
    expect(evidence).toHaveTextContent('cluster:<img src=x onerror=alert(1)>');
    expect(document.querySelector('script, img, b')).toBeNull();
    expect((window as any).pwned).toBeUndefined();
    expect(within(evidence).queryAllByRole('link')).toEqual([]);
    expect(evidence).toHaveTextContent(
      'catalog-entity: component:default/evil',
    );
    expect(evidence).toHaveTextContent(
      'catalog-entity: component:default/sneaky',
    );
  });

  it('shows the tamper banner over the control when the ledger is broken', async () => {
    const api = fakeComplianceApi();
    api.getStatus.mockResolvedValue(tamperedStatusResponse);
    renderControl(URL, api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Evidence ledger broken at record #812: its hash does not match its content',
    );
    expect(api.getStatus).toHaveBeenCalledWith({
      from: '2026-04-21',
      to: '2026-05-20',
    });
  });

  it('says when no such control is defined', async () => {
    renderControl('/compliance/controls/no-such-control');

    expect(await screen.findByText('No such control')).toBeInTheDocument();
    expect(
      screen.getByText(/No control “no-such-control” is defined/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All controls' })).toHaveAttribute(
      'href',
      '/compliance',
    );
  });
});
