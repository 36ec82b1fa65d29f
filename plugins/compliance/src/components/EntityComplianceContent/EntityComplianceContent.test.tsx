import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { serviceEntity } from '../../__fixtures__/entity';
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
