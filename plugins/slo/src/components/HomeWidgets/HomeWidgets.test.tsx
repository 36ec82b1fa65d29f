import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { sloApiRef } from '../../api/sloApiRef';
import { fakeSloApi } from '../../__fixtures__/fakeSloApi';
import { overview } from '../../__fixtures__/overview';
import { BudgetsBurningContent } from './BudgetsBurningContent';
import { FiringAlertsContent } from './FiringAlertsContent';

function renderWidget(element: JSX.Element, api = fakeSloApi({ overview })) {
  return renderInTestApp(element, {
    apis: [[sloApiRef, api]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

const healthy = {
  ...overview,
  rows: overview.rows.map(row => ({
    ...row,
    state: 'normal' as const,
    remainingFraction: 0.9,
    firingAlerts: [],
  })),
};

describe('Budgets burning widget', () => {
  it('lists the burning objectives with their service and state, linking to the SLOs tab', async () => {
    await renderWidget(<BudgetsBurningContent />);
    const link = await screen.findByRole('link', {
      name: 'Payments availability',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/svc-payments/slos',
    );
    const row = screen.getByRole('row', { name: /Payments availability/ });
    expect(row).toHaveTextContent('Payments Service');
    expect(row).toHaveTextContent('44 %');
  });

  it('says so when no budget burns', async () => {
    await renderWidget(
      <BudgetsBurningContent />,
      fakeSloApi({ overview: healthy }),
    );
    expect(
      await screen.findByText(/No error budget is burning/),
    ).toBeInTheDocument();
  });

  it('does not call unmeasured objectives healthy', async () => {
    const unmeasured = {
      ...overview,
      rows: overview.rows.map(row => ({
        ...row,
        state: null,
        remainingFraction: null,
        firingAlerts: [],
      })),
    };
    await renderWidget(
      <BudgetsBurningContent />,
      fakeSloApi({ overview: unmeasured }),
    );
    expect(await screen.findByText(/could be measured/)).toBeInTheDocument();
    expect(screen.queryByText(/No error budget is burning/)).toBeNull();
  });

  it('reports a backend failure', async () => {
    await renderWidget(<BudgetsBurningContent />, fakeSloApi());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'no overview in this test',
    );
  });
});

describe('Firing SLO alerts widget', () => {
  it('lists the objectives with a firing alert', async () => {
    await renderWidget(<FiringAlertsContent />);
    expect(await screen.findByText('ticket (1d window)')).toBeInTheDocument();
  });

  it('says so when nothing fires', async () => {
    await renderWidget(
      <FiringAlertsContent />,
      fakeSloApi({ overview: healthy }),
    );
    expect(
      await screen.findByText('No burn-rate alert is firing.'),
    ).toBeInTheDocument();
  });

  it('reports a backend failure', async () => {
    await renderWidget(<FiringAlertsContent />, fakeSloApi());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'SLO alerts could not be loaded',
    );
  });
});
