import { screen } from '@testing-library/react';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { DecisionPage } from '../DecisionPage';
import { DecisionLink } from './DecisionLink';

describe('DecisionLink', () => {
  it('encodes a file name that means something in a URL', async () => {
    renderWithAdrApi(
      <DecisionLink id="component:default/docs/0001 use #kafka?">
        Use Kafka
      </DecisionLink>,
      fakeAdrApi(),
    );

    expect(
      await screen.findByRole('link', { name: 'Use Kafka' }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0001%20use%20%23kafka%3F',
    );
  });

  it('is plain text for an id that is not a decision id', async () => {
    renderWithAdrApi(
      <DecisionLink id="not an id">Nowhere</DecisionLink>,
      fakeAdrApi(),
    );

    expect(await screen.findByText('Nowhere')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('reads the encoded file name back on the decision page', async () => {
    const api = fakeAdrApi();
    renderWithAdrApi(<DecisionPage />, api, {
      url: '/adr/decisions/component/default/docs/0001%20use%20%23kafka%3F',
      mountPath: '/adr/decisions/:kind/:namespace/:name/:slug',
    });

    expect(
      await screen.findByText('No decision at this address'),
    ).toBeInTheDocument();
    expect(api.getDecision).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'docs',
      slug: '0001 use #kafka?',
    });
  });
});
