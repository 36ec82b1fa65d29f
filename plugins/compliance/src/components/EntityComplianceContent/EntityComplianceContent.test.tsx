import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { loyaltyCompliance, serviceEntity } from '../../__fixtures__/entity';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { tamperedStatusResponse } from '../../__fixtures__/status';
import { personaPermissions } from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { EntityComplianceContent } from './EntityComplianceContent';

const TAB = '/catalog/default/component/svc-loyalty/compliance';

function renderTab(url = TAB, api = fakeComplianceApi()) {
  renderWithComplianceApi(<EntityComplianceContent />, api, {
    url,
    entity: serviceEntity('svc-loyalty'),
    apis: [personaPermissions.auditor()],
  });
  return api;
}

const location = () => screen.getByTestId('location').textContent;

describe('EntityComplianceContent', () => {
  it("lists the entity's controls failing first, each opening the control for the period", async () => {
    const api = renderTab(`${TAB}?from=2026-01-01&to=2026-03-31`);

    const table = await screen.findByRole('table', {
      name: 'Controls of svc-loyalty',
    });
    expect(api.getEntityCompliance).toHaveBeenCalledWith(
      'component:default/svc-loyalty',
      { from: '2026-01-01', to: '2026-03-31' },
    );
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map(row => within(row).getByRole('link').textContent)).toEqual([
      'Personal data stays in eu-west-1',
      'Access is granted by role',
      'TLS 1.2 at least',
    ]);
    const residency = rows[0].closest('tr')!;
    expect(within(residency).getByRole('link')).toHaveAttribute(
      'href',
      '/compliance/controls/gdpr-eu-residency?from=2026-01-01&to=2026-03-31',
    );
    expect(residency).toHaveTextContent('Not satisfied');
    // Several subjects: the failing one is named with its reason.
    expect(residency).toHaveTextContent(
      'workload:eks-us-lab/loyalty/Deployment/svc-loyaltyRuns in us-east-1.',
    );
    expect(residency).not.toHaveTextContent('Runs in eu-west-1.');
    expect(residency).toHaveTextContent('80%');
    expect(within(residency).getByLabelText('Requirements')).toHaveTextContent(
      'GDPR Art.44',
    );
    // One subject: the link opens its evidence.
    expect(within(rows[1]).getByRole('link')).toHaveAttribute(
      'href',
      '/compliance/controls/access-control?from=2026-01-01&to=2026-03-31&subject=component%3Adefault%2Fsvc-loyalty',
    );
  });

  it('explains only the controls that fail, in a line for the others', async () => {
    const api = fakeComplianceApi();
    const exempted = {
      ...loyaltyCompliance.controls[0],
      control: {
        ...loyaltyCompliance.controls[0].control,
        id: 'soc2-change-management',
        title: 'Changes are decided',
        requirements: ['soc2:CC8.1'],
      },
      evaluations: [
        {
          ...loyaltyCompliance.controls[0].evaluations[0],
          controlId: 'soc2-change-management',
          status: 'not-applicable' as const,
          reason: 'Exempt: the repository is archived. '.repeat(20).trim(),
        },
      ],
    };
    api.getEntityCompliance.mockResolvedValue({
      ...loyaltyCompliance,
      controls: [...loyaltyCompliance.controls, exempted],
    });
    renderTab(TAB, api);

    const table = await screen.findByRole('table', {
      name: 'Controls of svc-loyalty',
    });
    const row = (id: string) =>
      table.querySelector(`[data-control="${id}"]`) as HTMLElement;

    // Satisfied: how many subjects, not every observation that passed.
    expect(row('access-control')).toHaveTextContent('1 subject satisfied');
    expect(row('access-control')).not.toHaveTextContent(
      'Owned by group:default/team-loyalty.',
    );
    expect(row('pci-tls-minimum')).not.toHaveTextContent('TLS 1.3 only.');
    // Not applicable: its first reason, on one line.
    const why = within(row('soc2-change-management')).getByTitle(
      /^Not applicable: Exempt: the repository is archived\./,
    );
    expect(why).toHaveAttribute('data-clamped', '1');
    // Failing: the failing subject's reason, on at most three lines.
    const failing = within(row('gdpr-eu-residency')).getByTitle(
      'Runs in us-east-1.',
    );
    expect(failing).toHaveAttribute('data-clamped', '3');
    expect(row('gdpr-eu-residency')).not.toHaveTextContent(
      'Runs in eu-west-1.',
    );
  });

  it('names the failing subjects of a control, not satisfied before error', async () => {
    const api = fakeComplianceApi();
    const residency = loyaltyCompliance.controls[2];
    const subject = (name: string, status: 'error' | 'not-satisfied') => ({
      ...residency.evaluations[1],
      subject: `workload:eks-prod/loyalty/Deployment/${name}`,
      status,
      reason: `${name} is ${status}.`,
    });
    api.getEntityCompliance.mockResolvedValue({
      ...loyaltyCompliance,
      controls: [
        {
          ...residency,
          evaluations: [
            subject('a-worker', 'error'),
            ...residency.evaluations,
            subject('b-api', 'not-satisfied'),
          ],
        },
      ],
    });
    renderTab(TAB, api);

    const table = await screen.findByRole('table', {
      name: 'Controls of svc-loyalty',
    });
    const explained = Array.from(table.querySelectorAll('[data-subject]')).map(
      element => element.getAttribute('data-subject'),
    );
    expect(explained).toEqual([
      'workload:eks-prod/loyalty/Deployment/b-api',
      'workload:eks-us-lab/loyalty/Deployment/svc-loyalty',
      'workload:eks-prod/loyalty/Deployment/a-worker',
    ]);
  });

  it('labels requirements with the titles of their frameworks, asked once', async () => {
    const api = renderTab();

    const table = await screen.findByRole('table', {
      name: 'Controls of svc-loyalty',
    });
    const chips = (id: string) =>
      within(
        within(
          table.querySelector(`[data-control="${id}"]`) as HTMLElement,
        ).getByLabelText('Requirements'),
      )
        .getAllByRole('listitem')
        .map(item => item.textContent);
    await waitFor(() =>
      expect(chips('access-control')).toEqual(['SOC 2 CC6.1', 'PCI DSS 7.2.1']),
    );
    expect(chips('pci-tls-minimum')).toEqual(['PCI DSS 4.2.1']);

    // Another period: the controls are asked again, the frameworks are not.
    fireEvent.mouseDown(screen.getByRole('button', { name: /Audit period/ }));
    fireEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: 'This quarter',
      }),
    );
    await waitFor(() =>
      expect(api.getEntityCompliance).toHaveBeenCalledTimes(2),
    );
    await screen.findByRole('table', { name: 'Controls of svc-loyalty' });
    expect(api.getFrameworks).toHaveBeenCalledTimes(1);
  });

  it('labels requirements by framework id when the frameworks cannot be had', async () => {
    const api = fakeComplianceApi();
    api.getFrameworks.mockRejectedValue(new Error('Service Unavailable'));
    renderTab(TAB, api);

    const table = await screen.findByRole('table', {
      name: 'Controls of svc-loyalty',
    });
    await waitFor(() => expect(api.getFrameworks).toHaveBeenCalled());
    expect(
      within(
        table.querySelector('[data-control="pci-tls-minimum"]') as HTMLElement,
      ).getByLabelText('Requirements'),
    ).toHaveTextContent('PCI-DSS 4.2.1');
    // Only the controls' failure is news: no alert for the labels.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('changes the period in the URL of the tab', async () => {
    const api = renderTab();
    await screen.findByRole('table', { name: 'Controls of svc-loyalty' });

    fireEvent.mouseDown(screen.getByRole('button', { name: /Audit period/ }));
    fireEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: 'This quarter',
      }),
    );

    await waitFor(() =>
      expect(location()).toBe(`${TAB}?from=2026-04-01&to=2026-05-20`),
    );
    await waitFor(() =>
      expect(api.getEntityCompliance).toHaveBeenLastCalledWith(
        'component:default/svc-loyalty',
        { from: '2026-04-01', to: '2026-05-20' },
      ),
    );
  });

  it('says when no control concerns the entity', async () => {
    const api = fakeComplianceApi();
    api.getEntityCompliance.mockResolvedValue({
      entityRef: 'component:default/svc-loyalty',
      period: {
        from: '2026-04-21T00:00:00.000Z',
        to: '2026-05-21T00:00:00.000Z',
      },
      controls: [],
      exemptions: [],
    });
    renderTab(TAB, api);

    expect(
      await screen.findByText('No control covers this entity'),
    ).toBeInTheDocument();
  });

  it('shows the tamper banner and a failure to load', async () => {
    const api = fakeComplianceApi();
    api.getStatus.mockResolvedValue(tamperedStatusResponse);
    api.getEntityCompliance.mockRejectedValue(new Error('Service Unavailable'));
    renderTab(TAB, api);

    // The banner comes first, above the failure.
    await waitFor(() =>
      expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
        'Evidence ledger broken at record #812',
      ),
    );
    expect(
      await screen.findByText(
        /The controls could not be loaded: Service Unavailable/,
      ),
    ).toBeInTheDocument();
  });
});
