import { screen, within } from '@testing-library/react';
import { decisionList } from '../../__fixtures__/decisions';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { aliceQueue, emptyQueue } from '../../__fixtures__/review';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { AwaitingYourInputContent } from './AwaitingYourInputContent';
import { RecentDecisionsContent } from './RecentDecisionsContent';

describe('Awaiting your input widget', () => {
  it('lists the decisions naming the caller, then those due, each linking to its page', async () => {
    const api = fakeAdrApi();
    api.getReviewQueue.mockResolvedValue({
      ...aliceQueue,
      // Due and awaiting: listed once.
      due: [...aliceQueue.due, aliceQueue.awaitingYou[0]],
    });
    renderWithAdrApi(<AwaitingYourInputContent />, api);

    const list = await screen.findByRole('list', {
      name: 'Awaiting your input',
    });
    const items = within(list).getAllByRole('listitem');
    expect(
      items.map(item => within(item).getByRole('link').textContent),
    ).toEqual([
      'ADR-0021 Envoy Gateway at the edge',
      'ADR-0005 One central Argo CD for every cluster',
    ]);
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    );
    expect(items[0]).toHaveTextContent('Proposed: names you or your group');
    expect(items[1]).toHaveTextContent('Review was due 31 Jan 2026');
    expect(
      screen.getByRole('link', { name: 'The review queue' }),
    ).toHaveAttribute('href', '/adr/review');
  });

  it('says nothing awaits them when the queue is empty', async () => {
    const api = fakeAdrApi();
    api.getReviewQueue.mockResolvedValue(emptyQueue);
    renderWithAdrApi(<AwaitingYourInputContent />, api);

    expect(
      await screen.findByText(
        'Nothing awaits your input: no proposed decision names you or your groups, and no decision is due for review.',
      ),
    ).toBeInTheDocument();
  });

  it('reports a failure in a sentence', async () => {
    const api = fakeAdrApi();
    api.getReviewQueue.mockRejectedValue(new Error('Service Unavailable'));
    renderWithAdrApi(<AwaitingYourInputContent />, api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'What awaits your input could not be loaded: Service Unavailable',
    );
  });
});

describe('Decision log widget', () => {
  it('shows the latest 8 decisions with their status and a link to the log', async () => {
    const api = fakeAdrApi();
    renderWithAdrApi(<RecentDecisionsContent />, api);

    const list = await screen.findByRole('list', { name: 'Latest decisions' });
    expect(api.listDecisions).toHaveBeenCalledWith({ order: 'date', limit: 8 });
    const first = within(list).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('ADR-0021 Envoy Gateway at the edge');
    expect(within(first).getByText('Proposed')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'The whole decision log (6)' }),
    ).toHaveAttribute('href', '/adr');
  });

  it('says so when the log is empty, and when it fails', async () => {
    const api = fakeAdrApi();
    api.listDecisions.mockResolvedValueOnce(decisionList([], 0));
    renderWithAdrApi(<RecentDecisionsContent />, api);
    expect(
      await screen.findByText('No decision is indexed yet.'),
    ).toBeInTheDocument();

    const failing = fakeAdrApi();
    failing.listDecisions.mockRejectedValue(new Error('Bad Gateway'));
    renderWithAdrApi(<RecentDecisionsContent />, failing);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The decision log could not be loaded: Bad Gateway',
    );
  });
});
