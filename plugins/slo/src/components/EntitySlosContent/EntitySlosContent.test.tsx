import { screen, within } from '@testing-library/react';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import type { EntitySloReport, SloApi } from '@localplus/plugin-slo-common';
import { sloApiRef } from '../../api/sloApiRef';
import { serviceEntity } from '../../__fixtures__/entities';
import {
  ledgerReport,
  loyaltyReport,
  walletReport,
} from '../../__fixtures__/entityReports';
import { fakeSloApi } from '../../__fixtures__/fakeSloApi';
import {
  ledgerHistory,
  loyaltyHistory,
  walletHistory,
} from '../../__fixtures__/histories';
import { walletAvailabilityInError } from '../../__fixtures__/objectiveReports';
import { EntitySlosContent } from './EntitySlosContent';

function renderTab(api: SloApi, name: string) {
  return renderInTestApp(
    <TestApiProvider apis={[[sloApiRef, api]]}>
      <EntityProvider entity={serviceEntity(name)}>
        <EntitySlosContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

function objectiveCard(name: string) {
  const heading = screen.getByRole('heading', { level: 2, name });
  // The InfoCard is the closest ancestor that holds the whole objective.
  return heading.closest('.MuiCard-root') as HTMLElement;
}

describe('EntitySlosContent', () => {
  it('shows each objective with its budget, SLI, policy and burn rates', async () => {
    const api = fakeSloApi({ report: ledgerReport as EntitySloReport });
    renderTab(api, 'svc-ledger');

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: '99.9 % of requests succeed',
      }),
    ).toBeInTheDocument();
    expect(api.getEntityReport).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'svc-ledger',
    });

    const availability = within(objectiveCard('99.9 % of requests succeed'));
    expect(availability.getByText('Budget remaining')).toBeInTheDocument();
    expect(availability.getByText('72%')).toBeInTheDocument();
    expect(availability.getByText('31 min of 43 min left')).toBeInTheDocument();
    expect(availability.getByText('99.972 %')).toBeInTheDocument();
    expect(availability.getByText('target 99.9 %')).toBeInTheDocument();
    expect(
      availability.getByText('Window: rolling 30 days'),
    ).toBeInTheDocument();
    expect(availability.getByText('Normal')).toBeInTheDocument();

    // The 1h/5m page alert fires: both of its windows say so.
    const burnRates = availability.getByRole('table', { name: 'Burn rates' });
    const rows = within(burnRates).getAllByRole('row');
    expect(
      rows.map(row => within(row).queryAllByRole('rowheader')[0]?.textContent),
    ).toEqual([undefined, '5m', '30m', '1h', '2h', '6h', '1d', '3d']);
    const oneHour = rows[3];
    expect(within(oneHour).getByText('16×')).toBeInTheDocument();
    expect(
      within(oneHour).getByText('Firing: Page ≥ 14.4× (long window)'),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('Firing: Page ≥ 14.4× (short window)'),
    ).toBeInTheDocument();
    expect(within(rows[5]).queryByText(/Firing/)).not.toBeInTheDocument();

    expect(
      availability.getByRole('figure', { name: 'Budget burn-down' }),
    ).toBeInTheDocument();
    expect(
      availability.getByRole('figure', { name: 'SLI over the window' }),
    ).toBeInTheDocument();

    const alerts = availability.getByRole('table', {
      name: 'Burn-rate alerts',
    });
    expect(within(alerts).getAllByText('FIRING')).toHaveLength(1);
    expect(within(alerts).getAllByText('OK')).toHaveLength(3);

    expect(availability.getByRole('link', { name: /Runbook/ })).toHaveAttribute(
      'href',
      'https://docs.localplus.test/runbooks/svc-ledger',
    );
    expect(
      availability.getByRole('link', { name: /Open the query in Prometheus/ }),
    ).toBeInTheDocument();

    // The latency objective is in feature freeze, over a calendar month.
    const latency = within(objectiveCard('99 % of requests under 200 ms'));
    expect(latency.getByText('Feature freeze')).toBeInTheDocument();
    expect(
      latency.getByText('Feature freeze — reliability work first'),
    ).toBeInTheDocument();
    expect(
      latency.getByText(/Feature deployments are frozen/),
    ).toBeInTheDocument();
    expect(
      latency.getByText('1 h 21 min of 7 h 12 min left'),
    ).toBeInTheDocument();
    expect(
      latency.getByText('Window: calendar month since 1 Nov (day 21 of 30)'),
    ).toBeInTheDocument();
  });

  it('shows the last snapshot and its age when the metric source is down', async () => {
    renderTab(fakeSloApi({ report: walletReport }), 'svc-wallet');

    const { day } = walletAvailabilityInError.lastSnapshot!;
    expect(
      await screen.findByText(
        `Prometheus is unreachable. Showing the snapshot of ${day}, taken 14 hours ago.`,
      ),
    ).toBeInTheDocument();
    const card = within(objectiveCard('99.9 % of wallet requests succeed'));
    expect(card.getByText('5%')).toBeInTheDocument();
    expect(card.getByText('2 min left')).toBeInTheDocument();
    expect(card.getByText('99.905 %')).toBeInTheDocument();
    expect(card.getByText('Emergency')).toBeInTheDocument();
    // Nothing live to chart or tabulate.
    expect(card.queryByRole('table', { name: 'Burn rates' })).toBeNull();
  });

  it('lists the problems of the OpenSLO document next to the objectives that parsed', async () => {
    renderTab(fakeSloApi({ report: walletReport }), 'svc-wallet');

    expect(
      await screen.findByText(
        /The OpenSLO document has problems \(slo\/svc-wallet.openslo.yaml\)/,
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', {
      name: 'OpenSLO document problems',
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(walletReport.problems);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: '99.9 % of wallet requests succeed',
      }),
    ).toBeInTheDocument();
  });

  it('explains that a window without events has nothing to measure yet', async () => {
    renderTab(fakeSloApi({ report: loyaltyReport }), 'svc-loyalty');

    expect(
      await screen.findByText(
        /No events in the window yet \(rolling 30 days\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No budget measured yet')).toBeInTheDocument();
    expect(screen.getByText('Unknown')).toBeInTheDocument();
  });

  it('says so when the report cannot be loaded', async () => {
    const api = fakeSloApi();
    api.getEntityReport.mockRejectedValue(
      new Error('SLO backend answered 503'),
    );
    renderTab(api, 'svc-ledger');

    expect(
      await screen.findByText(/Could not load the SLOs/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/SLO backend answered 503/).length,
    ).toBeGreaterThan(0);
  });

  describe('Budget history', () => {
    it('charts the daily snapshots of each objective, loaded once for the tab', async () => {
      const api = fakeSloApi({ report: ledgerReport, history: ledgerHistory });
      renderTab(api, 'svc-ledger');

      await screen.findByRole('heading', {
        level: 2,
        name: '99.9 % of requests succeed',
      });
      const availability = within(objectiveCard('99.9 % of requests succeed'));
      const figure = await availability.findByRole('figure', {
        name: 'Budget history',
      });
      expect(
        within(figure).getByRole('heading', {
          level: 3,
          name: 'Budget history',
        }),
      ).toBeInTheDocument();
      const summary =
        '12 daily snapshots since 2026-11-10; remaining budget 80 % → 72 %';
      expect(within(figure).getByText(summary)).toBeInTheDocument();
      expect(
        within(figure).getByRole('img', { name: summary }),
      ).toBeInTheDocument();

      // The latency objective was stored for the first time today.
      const latency = within(objectiveCard('99 % of requests under 200 ms'));
      expect(
        latency.getByRole('heading', { level: 3, name: 'Budget history' }),
      ).toBeInTheDocument();
      expect(
        latency.getByText(
          'Only one daily snapshot so far (2026-11-21): the trend appears as days pass.',
        ),
      ).toBeInTheDocument();
      expect(
        latency.queryByRole('figure', { name: 'Budget history' }),
      ).toBeNull();

      expect(api.getEntityHistory).toHaveBeenCalledTimes(1);
      expect(api.getEntityHistory).toHaveBeenCalledWith(
        { kind: 'component', namespace: 'default', name: 'svc-ledger' },
        { days: 90 },
      );
    });

    it('says when no snapshot is stored yet', async () => {
      renderTab(
        fakeSloApi({ report: loyaltyReport, history: loyaltyHistory }),
        'svc-loyalty',
      );

      expect(
        await screen.findByText(
          'No daily snapshot stored yet: the backend stores one a day.',
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { level: 3, name: 'Budget history' }),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('figure', { name: 'Budget history' }),
      ).toBeNull();
    });

    it('still charts the stored days while the metric source is down', async () => {
      renderTab(
        fakeSloApi({ report: walletReport, history: walletHistory }),
        'svc-wallet',
      );

      const figure = await screen.findByRole('figure', {
        name: 'Budget history',
      });
      expect(
        within(figure).getByText(
          '5 daily snapshots since 2026-11-16; remaining budget 30 % → 5 %',
        ),
      ).toBeInTheDocument();
    });

    it('keeps the rest of the tab working when the history fails', async () => {
      const api = fakeSloApi({ report: ledgerReport });
      api.getEntityHistory.mockRejectedValue(
        new Error('SLO backend answered 500 Internal Server Error'),
      );
      renderTab(api, 'svc-ledger');

      expect(
        await screen.findAllByText(
          'Could not load the budget history: SLO backend answered 500 Internal Server Error.',
        ),
      ).toHaveLength(2);
      const availability = within(objectiveCard('99.9 % of requests succeed'));
      expect(availability.getByText('72%')).toBeInTheDocument();
      expect(
        availability.getByRole('table', { name: 'Burn rates' }),
      ).toBeInTheDocument();
      expect(
        availability.getByRole('figure', { name: 'Budget burn-down' }),
      ).toBeInTheDocument();
      expect(
        availability.queryByRole('figure', { name: 'Budget history' }),
      ).toBeNull();
      expect(screen.queryByText(/Could not load the SLOs/)).toBeNull();
      expect(
        screen.getByRole('button', { name: /Download Prometheus rules/ }),
      ).toBeInTheDocument();
    });
  });
});
