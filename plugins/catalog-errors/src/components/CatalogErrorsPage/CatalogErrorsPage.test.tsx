import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { CatalogErrorsClient } from '../../api/CatalogErrorsClient';
import { catalogErrorsApiRef } from '../../api/CatalogErrorsApi';
import { catalogErrorsPage } from '../../plugin';
import {
  failedAnswer,
  pendingAnswer,
} from '../../__fixtures__/unprocessedAnswers';

function jsonResponse(body: unknown, status = 200, statusText = '') {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'Content-Type': 'application/json' },
  });
}

function renderPage(fetch: jest.Mock) {
  const discoveryApi = mockApis.discovery({ baseUrl: 'http://backend' });
  const fetchApi = mockApis.fetch({ baseImplementation: fetch });
  return renderInTestApp(
    createExtensionTester(catalogErrorsPage).reactElement(),
    {
      apis: [
        discoveryApi,
        fetchApi,
        [
          catalogErrorsApiRef,
          new CatalogErrorsClient({ discoveryApi, fetchApi }),
        ],
      ],
    },
  );
}

function answering(answers: { failed: unknown; pending: unknown }) {
  return jest.fn(async (url: string) =>
    jsonResponse(url.endsWith('/failed') ? answers.failed : answers.pending),
  );
}

describe('CatalogErrorsPage', () => {
  it('lists failed and pending entities in one table, errors in full', async () => {
    renderPage(answering({ failed: failedAnswer, pending: pendingAnswer }));

    expect(
      await screen.findByText('Held-back entities (2)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Catalog errors')).toBeInTheDocument();

    // The pending entity's ref is computed: the answer's entity_ref is null.
    const pendingRow = screen
      .getByText('component:default/payments-demo')
      .closest('tr')!;
    expect(within(pendingRow).getByText('never processed')).toBeInTheDocument();
    expect(
      within(pendingRow).getByText('Component · owner qa-team'),
    ).toBeInTheDocument();
    expect(
      within(pendingRow).getByText('file:/work/main/demo/tier-violations.yaml'),
    ).toBeInTheDocument();
    expect(
      within(pendingRow).getByText(
        /must be owned by one of group:default\/team-loyalty, group:default\/team-engagement$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(pendingRow).getByText(/lacks the annotations/),
    ).toBeInTheDocument();

    const failedRow = screen
      .getByText('component:default/svc-rogue')
      .closest('tr')!;
    expect(
      within(failedRow).getByText('failed processing'),
    ).toBeInTheDocument();
    expect(
      within(failedRow)
        .getByText(
          'url:https://github.com/localplus/svc-rogue/blob/main/catalog-info.yaml',
        )
        .closest('a'),
    ).toHaveAttribute(
      'href',
      'https://github.com/localplus/svc-rogue/blob/main/catalog-info.yaml',
    );
  });

  it('filters the table by a search over refs, owners and messages', async () => {
    renderPage(answering({ failed: failedAnswer, pending: pendingAnswer }));
    await screen.findByText('Held-back entities (2)');

    await userEvent.type(screen.getByPlaceholderText('Filter'), 'tier T9');

    // The table's search is debounced.
    await waitFor(() =>
      expect(
        screen.queryByText('component:default/payments-demo'),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByText('component:default/svc-rogue')).toBeInTheDocument();
  });

  it('filters the table by the location an entity came from', async () => {
    renderPage(answering({ failed: failedAnswer, pending: pendingAnswer }));
    await screen.findByText('Held-back entities (2)');

    await userEvent.type(
      screen.getByPlaceholderText('Filter'),
      'demo/tier-violations',
    );

    await waitFor(() =>
      expect(
        screen.queryByText('component:default/svc-rogue'),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByText('component:default/payments-demo'),
    ).toBeInTheDocument();
  });

  it('shows the raw entity in a dialog', async () => {
    renderPage(answering({ failed: { entities: [] }, pending: pendingAnswer }));
    await screen.findByText('Held-back entities (1)');

    await userEvent.click(screen.getByRole('button', { name: 'Raw entity' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'component:default/payments-demo',
    });
    expect(within(dialog).getByText(/"owner": "qa-team"/)).toBeInTheDocument();
  });

  it('says the catalog holds back no entity when both lists are empty', async () => {
    renderPage(
      answering({ failed: { entities: [] }, pending: { entities: [] } }),
    );

    expect(await screen.findByText('No held-back entity')).toBeInTheDocument();
    expect(
      screen.getByText(/The catalog holds back no entity/),
    ).toBeInTheDocument();
  });

  it('shows the missing permission when the catalog answers 403', async () => {
    renderPage(
      jest.fn(async () =>
        jsonResponse(
          {
            error: { name: 'NotAllowedError', message: 'Unauthorized' },
            request: { method: 'GET', url: '/entities/unprocessed/failed' },
            response: { statusCode: 403 },
          },
          403,
          'Forbidden',
        ),
      ),
    );

    expect(
      await screen.findByText(/catalog.entities.unprocessed.read permission/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Unauthorized/)).toBeInTheDocument();
  });

  it('shows an error panel and a retry when the catalog fails', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(
        new Response('boom', { status: 500, statusText: 'Server Error' }),
      )
      .mockImplementation(async () => jsonResponse({ entities: [] }));
    renderPage(fetch);

    expect(
      await screen.findByText(
        /Could not list the entities the catalog holds back/,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/500/).length).toBeGreaterThan(0);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('No held-back entity')).toBeInTheDocument();
  });
});
