import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdrApiError } from '../../api/AdrApiError';
import { envoyGateway } from '../../__fixtures__/decisions';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { GraphTab } from './GraphTab';

function renderGraph(url = '/adr/graph', api = fakeAdrApi()) {
  renderWithAdrApi(<GraphTab />, api, { url });
  return api;
}

const location = () => screen.getByTestId('location').textContent;

describe('GraphTab', () => {
  it('draws the linked decisions of the whole log, each box opening its decision', async () => {
    const api = renderGraph();

    const graph = await screen.findByLabelText('Decision graph');
    const envoy = await within(graph).findByRole('link', {
      name: 'ADR-0021 Envoy Gateway at the edge',
    });
    expect(api.getGraph).toHaveBeenCalledWith();
    expect(envoy).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    );
    expect(envoy).toHaveAttribute('data-status', 'proposed');
    expect(
      within(graph).getByRole('link', {
        name: 'ADR-0009 Defer the API gateway',
      }),
    ).toHaveAttribute('data-status', 'superseded');
    for (const label of ['supersedes', 'relates to', 'amends']) {
      expect(within(graph).getByText(label)).toBeInTheDocument();
    }
    expect(
      screen.getByText('2 decisions link to no other and are not drawn.'),
    ).toBeInTheDocument();

    fireEvent.click(envoy);
    await waitFor(() =>
      expect(location()).toBe(
        '/adr/decisions/component/default/docs/0021-envoy-gateway',
      ),
    );
  });

  it('lists the warnings in words, naming and linking the decisions concerned', async () => {
    renderGraph();

    const list = await screen.findByRole('list', { name: 'Warnings' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(screen.getByText('Warnings (5)')).toBeInTheDocument();
    const cites = items[0];
    expect(cites).toHaveTextContent(
      'Cites a superseded decisionADR-0002 Idempotency keys on every write cites ADR-0009 Defer the API gateway, which has been superseded by ADR-0021 Envoy Gateway at the edge. Check whether it should cite the successor instead.',
    );
    expect(
      within(cites)
        .getAllByRole('link')
        .map(link => link.getAttribute('href')),
    ).toEqual([
      '/adr/decisions/component/default/svc-ledger/0002-idempotency-keys',
      '/adr/decisions/component/default/docs/0009-api-gateway-deferred',
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    ]);
    // A decision the log does not describe is named by its file, still linked.
    expect(items[1]).toHaveTextContent(
      '0004-cloudflare-at-the-edge is superseded by “0099-fastly.md”, which is not a decision in the log.',
    );
    expect(items[4]).toHaveTextContent(
      'ADR-0021 Envoy Gateway at the edge supersedes ADR-0005 One central Argo CD for every cluster, yet its status still says Accepted.',
    );
  });

  it('draws around a chosen decision, at the chosen depth, from the URL', async () => {
    const api = renderGraph();
    await screen.findByRole('list', { name: 'Warnings' });

    const picker = screen.getByRole('textbox', {
      name: 'Draw around the decision',
    });
    fireEvent.change(picker, { target: { value: 'Envoy' } });
    fireEvent.click(
      await screen.findByRole('option', {
        name: 'ADR-0021 Envoy Gateway at the edge (docs)',
      }),
    );

    await waitFor(() =>
      expect(location()).toBe(
        `/adr/graph?decision=${encodeURIComponent(envoyGateway.id)}`,
      ),
    );
    expect(api.getGraph).toHaveBeenLastCalledWith({
      decision: envoyGateway.id,
      depth: 2,
    });
    expect(await screen.findByText('Warnings (2)')).toBeInTheDocument();
    expect(screen.getByText('Around the chosen decision')).toBeInTheDocument();

    fireEvent.mouseDown(screen.getByRole('button', { name: /Links away/ }));
    fireEvent.click(await screen.findByRole('option', { name: '3' }));

    await waitFor(() =>
      expect(location()).toBe(
        `/adr/graph?decision=${encodeURIComponent(envoyGateway.id)}&depth=3`,
      ),
    );
    expect(api.getGraph).toHaveBeenLastCalledWith({
      decision: envoyGateway.id,
      depth: 3,
    });
  });

  it('ignores a malformed focus or depth in a link', async () => {
    const api = renderGraph(
      `/adr/graph?decision=${encodeURIComponent('../../etc/passwd')}&depth=99`,
    );

    await screen.findByRole('list', { name: 'Warnings' });
    expect(api.getGraph).toHaveBeenCalledTimes(1);
    expect(api.getGraph).toHaveBeenCalledWith();
  });

  it('says so when nothing needs attention', async () => {
    const api = fakeAdrApi();
    api.getGraph.mockResolvedValue({ nodes: [], edges: [], warnings: [] });
    renderGraph('/adr/graph', api);

    expect(
      await screen.findByText(/No decision links to another yet/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing needs attention/)).toBeInTheDocument();
  });

  it("shows the backend's message when the graph cannot be loaded", async () => {
    const api = fakeAdrApi();
    api.getGraph.mockRejectedValue(
      new AdrApiError('depth: must be between 1 and 5', 400, 'InputError'),
    );
    renderGraph('/adr/graph', api);

    expect(
      await screen.findByText(
        /The decision graph could not be loaded: depth: must be between 1 and 5/,
      ),
    ).toBeInTheDocument();
  });
});
