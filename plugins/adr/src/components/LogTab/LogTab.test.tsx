import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useNavigate } from 'react-router-dom';
import { AdrApiError } from '../../api/AdrApiError';
import {
  allDecisions,
  decisionList,
  envoyGateway,
} from '../../__fixtures__/decisions';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { LogTab } from './LogTab';

function BackButton() {
  const navigate = useNavigate();
  return <button onClick={() => navigate(-1)}>Browser back</button>;
}

function renderLog(url = '/adr/log', api = fakeAdrApi()) {
  renderWithAdrApi(
    <>
      <LogTab />
      <BackButton />
    </>,
    api,
    { url },
  );
  return api;
}

const location = () => screen.getByTestId('location').textContent;

async function choose(label: RegExp, option: RegExp) {
  fireEvent.mouseDown(screen.getByRole('button', { name: label }));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
  // A multiple choice keeps its menu open, hiding the page from queries.
  fireEvent.keyDown(listbox, { key: 'Escape' });
}

describe('LogTab', () => {
  it('lists the first page of the log, each row linking to its decision', async () => {
    const api = renderLog();

    const table = await screen.findByRole('table', { name: 'Decision log' });
    expect(api.listDecisions).toHaveBeenCalledWith(
      expect.objectContaining({ limit: 25, offset: 0, status: undefined }),
    );
    expect(within(table).getAllByRole('rowheader')).toHaveLength(
      allDecisions.length,
    );
    const row = within(table)
      .getByRole('rowheader', { name: /Envoy Gateway/ })
      .closest('tr')!;
    expect(
      within(row).getByRole('link', { name: 'Envoy Gateway at the edge' }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    );
    expect(row).toHaveTextContent('0021');
    expect(row).toHaveTextContent('Decided by Alice Martin, platform-team');
    expect(
      within(row).getByText('Proposed').closest('[data-status]'),
    ).toHaveAttribute('data-status', 'proposed');
    expect(row).toHaveTextContent('27 Feb 2026');
    expect(row).toHaveTextContent('docs');
    expect(row).toHaveTextContent('System localplus-platform');
    expect(row).toHaveTextContent('Owner platform-team');
    expect(within(row).getByLabelText('Tags')).toHaveTextContent('edgegateway');
    expect(screen.getByText('6 decisions in the log')).toBeInTheDocument();
  });

  it('puts a chosen status in the URL and asks the backend for it', async () => {
    const api = renderLog();
    await screen.findByRole('table', { name: 'Decision log' });

    await choose(/Status/, /Proposed/);

    await waitFor(() => expect(location()).toBe('/adr/log?status=proposed'));
    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: ['proposed'], offset: 0 }),
      ),
    );
    const table = await screen.findByRole('table', { name: 'Decision log' });
    await waitFor(() =>
      expect(within(table).getAllByRole('rowheader')).toHaveLength(2),
    );
    expect(screen.getByText('2 decisions match these filters')).toBeVisible();

    await choose(/Status/, /Proposed/);
    await choose(/Status/, /Rejected/);
    await waitFor(() => expect(location()).toBe('/adr/log?status=rejected'));
    expect(
      await screen.findByText('1 decision matches these filters'),
    ).toBeVisible();
  });

  it("counts each status in its menu, in the index's words", async () => {
    renderLog();
    await screen.findByRole('table', { name: 'Decision log' });
    fireEvent.mouseDown(screen.getByRole('button', { name: /Status/ }));
    const listbox = await screen.findByRole('listbox');
    const option = (name: RegExp) =>
      within(listbox).getByRole('option', { name });
    expect(option(/^Accepted/)).toHaveTextContent('Accepted2 decisions');
    expect(option(/^Rejected/)).toHaveTextContent('Rejected1 decision');
    expect(option(/^Rejected/)).not.toHaveTextContent('decisions');
    expect(option(/^Deprecated/)).toHaveTextContent(/^Deprecated$/);
  });

  it('fills the menus from the facets and filters by system', async () => {
    const api = renderLog();
    await screen.findByRole('table', { name: 'Decision log' });

    await choose(/System/, /^localplus-core \(3\)$/);

    await waitFor(() =>
      expect(location()).toBe(
        '/adr/log?system=system%3Adefault%2Flocalplus-core',
      ),
    );
    expect(api.listDecisions).toHaveBeenLastCalledWith(
      expect.objectContaining({ system: 'system:default/localplus-core' }),
    );
  });

  it('searches the text once typing pauses, and the back button undoes it', async () => {
    const api = renderLog('/adr/log?tag=edge');
    await screen.findByRole('table', { name: 'Decision log' });

    fireEvent.change(screen.getByLabelText('Search titles and text'), {
      target: { value: 'envoy' },
    });

    await waitFor(() => expect(location()).toBe('/adr/log?tag=edge&q=envoy'));
    expect(api.listDecisions).toHaveBeenLastCalledWith(
      expect.objectContaining({ tag: 'edge', q: 'envoy' }),
    );
    // One request for the typing, not one per keystroke.
    expect(
      api.listDecisions.mock.calls.filter(([query]) => query?.q),
    ).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Browser back' }));

    await waitFor(() => expect(location()).toBe('/adr/log?tag=edge'));
    expect(screen.getByLabelText('Search titles and text')).toHaveValue('');
    await waitFor(() =>
      expect(api.listDecisions).toHaveBeenLastCalledWith(
        expect.objectContaining({ tag: 'edge', q: undefined }),
      ),
    );
  });

  it('filters by a date range', async () => {
    const api = renderLog();
    await screen.findByRole('table', { name: 'Decision log' });

    fireEvent.change(screen.getByLabelText('Dated from'), {
      target: { value: '2024-01-01' },
    });

    await waitFor(() => expect(location()).toBe('/adr/log?from=2024-01-01'));
    expect(api.listDecisions).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: '2024-01-01', to: undefined }),
    );
  });

  it('pages through the backend, keeping the filters', async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockImplementation(async () =>
      decisionList([envoyGateway], 60),
    );
    renderLog('/adr/log?status=accepted', api);
    await screen.findByRole('table', { name: 'Decision log' });
    expect(screen.getByText('1-25 of 60')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));

    await waitFor(() =>
      expect(location()).toBe('/adr/log?status=accepted&offset=25'),
    );
    expect(api.listDecisions).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: ['accepted'], offset: 25, limit: 25 }),
    );
    expect(await screen.findByText('26-50 of 60')).toBeInTheDocument();

    // A new filter starts from the first page again.
    await choose(/Status/, /Proposed/);
    await waitFor(() =>
      expect(location()).toBe('/adr/log?status=proposed%2Caccepted'),
    );
  });

  it('says which filters to loosen when nothing matches, and loosens one', async () => {
    const api = fakeAdrApi();
    renderLog('/adr/log?status=rejected&tag=edge&q=gateway', api);

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('No decision matches these filters.');
    const inForce = within(status).getByLabelText('Filters in force');
    expect(
      within(inForce)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['Status: Rejected', 'Tag: edge', 'Text: “gateway”']);

    fireEvent.click(
      within(inForce).getByRole('button', {
        name: 'Remove the filter Status: Rejected',
      }),
    );

    await waitFor(() => expect(location()).toBe('/adr/log?tag=edge&q=gateway'));
    expect(
      await screen.findByRole('table', { name: 'Decision log' }),
    ).toBeInTheDocument();
  });

  it('explains an empty index', async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockResolvedValue(decisionList([], 0));
    renderLog('/adr/log', api);

    expect(
      await screen.findByText('No decision is indexed yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/backstage\.io\/adr-location/)).toBeInTheDocument();
  });

  it('offers the first page when the link points past the last one', async () => {
    const api = fakeAdrApi();
    renderLog('/adr/log?offset=500', api);

    expect(
      await screen.findByText(
        'This page is past the last of the 6 matching decisions.',
      ),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Back to the first page' }),
    );
    await waitFor(() => expect(location()).toBe('/adr/log'));
  });

  it("shows the backend's refusal in its own words", async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockRejectedValue(
      new AdrApiError('q: must be at most 200 characters', 400, 'InputError'),
    );
    renderLog('/adr/log?q=x', api);

    expect(
      await screen.findByText(
        /The decision log could not be loaded: q: must be at most 200 characters/,
      ),
    ).toBeVisible();
  });
});
