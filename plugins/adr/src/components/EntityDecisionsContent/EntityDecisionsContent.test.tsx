import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { AdrApiError } from '../../api/AdrApiError';
import { decisionList } from '../../__fixtures__/decisions';
import { serviceEntity } from '../../__fixtures__/entities';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { EntityDecisionsContent } from './EntityDecisionsContent';

// Refusals are tested in RefreshButton.test.tsx: the permission hook caches
// its answers for the whole test file.
function renderTab(api = fakeAdrApi(), name = 'svc-ledger') {
  renderWithAdrApi(<EntityDecisionsContent />, api, {
    entity: serviceEntity(name),
    apis: [mockApis.permission({ authorize: AuthorizeResult.ALLOW })],
  });
  return api;
}

describe('EntityDecisionsContent', () => {
  it("lists the entity's decisions without an entity column, and its problems", async () => {
    const api = renderTab();

    const table = await screen.findByRole('table', {
      name: 'Decisions of svc-ledger',
    });
    expect(api.listDecisions).toHaveBeenCalledWith({
      entityRef: 'component:default/svc-ledger',
      offset: 0,
      limit: 25,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual(['No.', 'Decision', 'Status', 'Date']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map(h => within(h).getByRole('link').textContent),
    ).toEqual([
      'Idempotency keys on every write',
      'Orchestrated sagas for refunds',
    ]);
    expect(screen.getByText('docs/adr', { selector: 'code' })).toBeVisible();

    const problems = await screen.findByRole('table', {
      name: 'Decision problems',
    });
    expect(api.getProblems).toHaveBeenCalledWith({
      entityRef: 'component:default/svc-ledger',
    });
    expect(problems).toHaveTextContent(
      'docs/adr/0004-broken.mdfront matter: date "last week" is not YYYY-MM-DD',
    );
    expect(
      within(problems).queryByRole('columnheader', { name: 'Entity' }),
    ).toBeNull();
  });

  it('pages through the entity decisions on the backend', async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockResolvedValue(decisionList(undefined, 40));
    renderTab(api);
    await screen.findByRole('table', { name: 'Decisions of svc-ledger' });

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith({
        entityRef: 'component:default/svc-ledger',
        offset: 25,
        limit: 25,
      }),
    );
  });

  it('re-reads the folder on demand and shows the outcome', async () => {
    const api = renderTab();
    await screen.findByRole('table', { name: 'Decisions of svc-ledger' });
    const loads = api.listDecisions.mock.calls.length;

    fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Read 2 decisions from the folder.',
    );
    expect(api.refresh).toHaveBeenCalledWith('component:default/svc-ledger');
    await waitFor(() =>
      expect(api.listDecisions.mock.calls.length).toBeGreaterThan(loads),
    );
    expect(api.getProblems).toHaveBeenCalledTimes(2);
  });

  it("shows the backend's refusal when it refuses the refresh", async () => {
    const api = fakeAdrApi();
    api.refresh.mockRejectedValue(
      new AdrApiError(
        'You are not allowed to refresh this folder',
        403,
        'NotAllowedError',
      ),
    );
    renderTab(api);
    await screen.findByRole('table', { name: 'Decisions of svc-ledger' });

    fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The folder could not be re-read: You are not allowed to refresh this folder',
    );
  });

  it('links to the new-decision template with the entity chosen', async () => {
    renderTab();

    const link = await screen.findByRole('link', {
      name: 'New decision record',
    });
    const url = new URL(link.getAttribute('href')!, 'http://portal');
    expect(url.pathname).toBe('/create/templates/default/new-decision-record');
    expect(JSON.parse(url.searchParams.get('formData')!)).toEqual({
      entity: 'component:default/svc-ledger',
    });
  });

  it('explains a folder nothing was read from yet', async () => {
    renderTab(fakeAdrApi(), 'svc-wallet');

    expect(
      await screen.findByText('No decision was read from this folder yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/annotation points at docs\/adr/),
    ).toBeInTheDocument();
  });

  it('reports a failure to load the decisions', async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockRejectedValue(new Error('Gateway Timeout'));
    renderTab(api);

    expect(
      await screen.findByText(
        /The decisions could not be loaded: Gateway Timeout/,
      ),
    ).toBeInTheDocument();
  });
});
