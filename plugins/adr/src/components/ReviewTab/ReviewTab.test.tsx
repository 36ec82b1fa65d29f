import { screen, within } from '@testing-library/react';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { emptyQueue } from '../../__fixtures__/review';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { ReviewTab } from './ReviewTab';

describe('ReviewTab', () => {
  it('lists what awaits the caller, what is proposed and what is due', async () => {
    const api = fakeAdrApi();
    renderWithAdrApi(<ReviewTab />, api);

    const awaiting = await screen.findByRole('list', {
      name: 'Awaiting your input',
    });
    expect(
      within(awaiting).getByRole('link', {
        name: 'ADR-0021 Envoy Gateway at the edge',
      }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    );
    expect(awaiting).toHaveTextContent('docs · 27 Feb 2026');
    expect(
      within(screen.getByRole('list', { name: 'Proposed' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(2);
    const due = screen.getByRole('list', { name: 'Due for review' });
    expect(due).toHaveTextContent(
      'ADR-0005 One central Argo CD for every cluster',
    );
    expect(due).toHaveTextContent('Review was due 31 Jan 2026');
    expect(screen.getByText('Awaiting your input (1)')).toBeInTheDocument();
  });

  it('lists the open pull requests with their files, and the problems', async () => {
    renderWithAdrApi(<ReviewTab />, fakeAdrApi());

    const prs = await screen.findByRole('list', { name: 'Open pull requests' });
    expect(
      within(prs).getByRole('link', { name: /^ADR-0022: Valkey for sessions/ }),
    ).toHaveAttribute('href', 'https://github.com/localplus/docs/pull/412');
    expect(prs).toHaveTextContent(
      'localplus/docs#412 by bob-dupont, opened 2 Mar 2026',
    );
    expect(
      within(
        screen.getByRole('list', {
          name: 'Decision files of localplus/docs#412',
        }),
      ).getByText('adr/0022-valkey-sessions.md'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Pull request problems' }),
    ).toHaveTextContent('localplus/svc-wallet: GitHub answered 403');
  });

  it('says plainly when nothing waits', async () => {
    const api = fakeAdrApi();
    api.getReviewQueue.mockResolvedValue(emptyQueue);
    renderWithAdrApi(<ReviewTab />, api);

    expect(
      await screen.findByText(
        'No proposed decision names you or your groups as a decision-maker or as consulted.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No decision is past its review date.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/No open pull request/)).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Pull request problems' }),
    ).toBeNull();
  });

  it('reports a failure in a sentence', async () => {
    const api = fakeAdrApi();
    api.getReviewQueue.mockRejectedValue(new Error('Service Unavailable'));
    renderWithAdrApi(<ReviewTab />, api);

    expect(
      await screen.findByText(
        /The review queue could not be loaded: Service Unavailable/,
      ),
    ).toBeInTheDocument();
  });
});
