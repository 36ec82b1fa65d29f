import { screen, within } from '@testing-library/react';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { AdrSearchResultListItem } from './AdrSearchResultListItem';

const document = {
  title: 'Envoy Gateway at the edge',
  text: 'We deferred the gateway; the ledger now needs rate limits per partner.',
  location: '/adr/decisions/component/default/docs/0021-envoy-gateway',
  entityRef: 'component:default/docs',
  status: 'proposed',
  number: 21,
  date: '2026-02-27',
};

describe('AdrSearchResultListItem', () => {
  it('shows the number, title, status, date and entity, linking to the decision', async () => {
    renderWithAdrApi(
      <AdrSearchResultListItem result={document} />,
      fakeAdrApi(),
    );

    const link = await screen.findByRole('link', {
      name: 'ADR-0021 Envoy Gateway at the edge',
    });
    expect(link).toHaveAttribute('href', document.location);
    expect(screen.getByText('Proposed')).toBeInTheDocument();
    expect(screen.getByText('27 Feb 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'docs' })).toHaveAttribute(
      'href',
      '/catalog/default/component/docs',
    );
    expect(screen.getByText(/rate limits per partner/)).toBeInTheDocument();
  });

  it('highlights the matched terms as other result items do', async () => {
    renderWithAdrApi(
      <AdrSearchResultListItem
        result={document}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: {
            title: '<em>Envoy</em> Gateway at the edge',
            text: 'the <em>ledger</em> now needs rate limits',
          },
        }}
      />,
      fakeAdrApi(),
    );

    const link = await screen.findByRole('link', {
      name: 'ADR-0021 Envoy Gateway at the edge',
    });
    expect(within(link).getByText('Envoy').tagName).toBe('MARK');
    expect(screen.getByText('ledger').tagName).toBe('MARK');
  });

  it('leaves out what an older document lacks, and an unknown status', async () => {
    renderWithAdrApi(
      <AdrSearchResultListItem
        result={
          {
            title: 'Use Kafka',
            text: 'Events.',
            location: '/adr/decisions/component/default/x/use-kafka',
            status: '<b>done</b>',
          } as any
        }
      />,
      fakeAdrApi(),
    );

    expect(
      await screen.findByRole('link', { name: 'Use Kafka' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/done/)).toBeNull();
  });
});
