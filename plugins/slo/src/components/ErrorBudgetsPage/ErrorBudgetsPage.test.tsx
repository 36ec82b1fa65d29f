import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { SloApi, SloOverview } from '@localplus/plugin-slo-common';
import { sloApiRef } from '../../api/sloApiRef';
import { fakeSloApi } from '../../__fixtures__/fakeSloApi';
import { overview } from '../../__fixtures__/overview';
import { walletAvailabilityInError } from '../../__fixtures__/objectiveReports';
import { errorBudgetsPage } from '../../plugin';

function renderPage(api: SloApi, url = '/error-budgets') {
  return renderInTestApp(
    <TestApiProvider apis={[[sloApiRef, api]]}>
      {createExtensionTester(errorBudgetsPage).reactElement()}
    </TestApiProvider>,
    {
      initialRouteEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** Waits for the lazily loaded page and its first answer (slow on a cold jest worker). */
async function loaded() {
  await screen.findByRole('region', { name: 'Normal' }, { timeout: 10_000 });
}

/** The objective column of each body row of the table, in order. */
function objectiveNames(): string[] {
  return screen
    .getAllByRole('row')
    .filter(row => within(row).queryAllByRole('cell').length > 0)
    .map(row => within(row).getAllByRole('cell')[1].textContent ?? '')
    .filter(text => text.length > 0);
}

describe('ErrorBudgetsPage', () => {
  it('counts the objectives per policy state', async () => {
    renderPage(fakeSloApi({ overview }));
    await loaded();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Error budgets' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('search', { name: 'Filter objectives' }),
    ).toBeInTheDocument();

    const tile = async (name: string) =>
      within(await screen.findByRole('region', { name })).getByText(/^\d+$/)
        .textContent;
    expect(await tile('Normal')).toBe('1');
    expect(await tile('Careful deployments')).toBe('1');
    expect(await tile('Feature freeze')).toBe('1');
    expect(await tile('Emergency')).toBe('0');
    expect(await tile('Unknown')).toBe('1');
  });

  it('lists the objectives in the order given, most budget consumed first', async () => {
    renderPage(fakeSloApi({ overview }));

    expect(await screen.findAllByText('Ledger Service')).toHaveLength(2);
    const names = objectiveNames();
    expect(names).toHaveLength(4);
    expect(names[0]).toMatch(/^Ledger latency P99 under 200 ms/);
    expect(names[1]).toMatch(/^Payments availability/);
    expect(names[2]).toMatch(/^Ledger availability/);
    expect(names[3]).toMatch(/^Wallet availability/);

    const latencyRow = screen
      .getAllByRole('row')
      .find(row => within(row).queryByText('Ledger latency P99 under 200 ms'))!;
    expect(within(latencyRow).getByText('target 99 %')).toBeInTheDocument();
    expect(within(latencyRow).getByText('over 1M')).toBeInTheDocument();
    expect(within(latencyRow).getByText('99.18 %')).toBeInTheDocument();
    expect(within(latencyRow).getByText('81 %')).toBeInTheDocument();
    expect(within(latencyRow).getByText('1 h 21 min left')).toBeInTheDocument();
    expect(within(latencyRow).getByText('Feature freeze')).toBeInTheDocument();
    expect(
      within(latencyRow).getByRole('link', { name: /Ledger Service/ }),
    ).toHaveAttribute('href', '/catalog/default/component/svc-ledger');
  });

  it('flags objectives that could not be measured and shows their snapshot', async () => {
    renderPage(fakeSloApi({ overview }));

    expect(
      await screen.findByText(
        '1 objective could not be measured: Prometheus is unreachable; values shown are the last daily snapshots.',
      ),
    ).toBeInTheDocument();
    const walletRow = screen
      .getAllByRole('row')
      .find(row => within(row).queryByText('Wallet availability'))!;
    const { day } = walletAvailabilityInError.lastSnapshot!;
    expect(
      within(walletRow).getByText(
        `Prometheus is unreachable. Snapshot of ${day}, taken 14 hours ago.`,
      ),
    ).toBeInTheDocument();
    expect(within(walletRow).getByText('95 %')).toBeInTheDocument();
    expect(within(walletRow).getByText('Emergency')).toBeInTheDocument();
  });

  it('lists the entities whose OpenSLO documents have problems', async () => {
    renderPage(fakeSloApi({ overview }));

    await loaded();

    // Folded away until opened.
    expect(
      screen.queryByRole('list', { name: 'Entities with problems' }),
    ).toBeNull();
    fireEvent.click(
      screen.getByText(/2 entities have OpenSLO documents with problems/),
    );
    const list = screen.getByRole('list', { name: 'Entities with problems' });
    expect(
      within(list).getByText('input: YAML syntax error at line 4'),
    ).toBeInTheDocument();
  });

  it('filters through the backend and keeps the filters in the URL', async () => {
    const api = fakeSloApi({ overview });
    renderPage(api, '/error-budgets?tier=T3');

    await screen.findAllByText('Ledger Service');
    expect(api.getOverview).toHaveBeenLastCalledWith({ tier: 'T3' });
    expect(screen.getByLabelText('Tier')).toHaveValue('T3');

    const filtered: SloOverview = {
      ...overview,
      filters: { tier: 'T3', owner: 'group:default/team-wallet' },
      rows: overview.rows.filter(row => row.entityTitle === 'Wallet Service'),
    };
    api.getOverview.mockResolvedValue(filtered);
    fireEvent.change(screen.getByLabelText('Owner'), {
      target: { value: 'group:default/team-wallet' },
    });

    await waitFor(() =>
      expect(api.getOverview).toHaveBeenLastCalledWith({
        owner: 'group:default/team-wallet',
        tier: 'T3',
      }),
    );
    await waitFor(() => expect(objectiveNames()).toHaveLength(1));
    expect(screen.getByLabelText('Owner')).toHaveValue(
      'group:default/team-wallet',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(api.getOverview).toHaveBeenLastCalledWith({}));
  });

  it('says so when the overview cannot be loaded, and keeps the filters', async () => {
    const api = fakeSloApi();
    api.getOverview.mockRejectedValue(new Error('SLO backend answered 500'));
    renderPage(api, '/error-budgets?owner=group:default/gone');

    expect(
      await screen.findByText(/Could not load the error budgets/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toHaveValue('group:default/gone');
    api.getOverview.mockResolvedValue(overview);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findAllByText('Ledger Service')).toHaveLength(2);
    expect(api.getOverview).toHaveBeenLastCalledWith({});
  });
});
