import { screen, waitFor, within } from '@testing-library/react';
import { AdrApiError } from '../../api/AdrApiError';
import { envoyGateway, envoyGatewayRecord } from '../../__fixtures__/decisions';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { DecisionPage } from './DecisionPage';

const ENVOY_URL = '/adr/decisions/component/default/docs/0021-envoy-gateway';

function renderDecision(url = ENVOY_URL, api = fakeAdrApi()) {
  const rendered = renderWithAdrApi(<DecisionPage />, api, {
    url,
    mountPath: '/adr/decisions/:kind/:namespace/:name/:slug',
  });
  return { api, ...rendered };
}

async function recordCard() {
  const heading = await screen.findByText('Record');
  return heading.closest('article, .MuiCard-root') as HTMLElement;
}

describe('DecisionPage', () => {
  it('shows the title with its number, status, date, people, tags and entity', async () => {
    const { api } = renderDecision();

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'ADR-0021 Envoy Gateway at the edge',
      }),
    ).toBeInTheDocument();
    expect(api.getDecision).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'docs',
      slug: '0021-envoy-gateway',
    });
    expect(api.getGraph).toHaveBeenCalledWith({
      decision: envoyGateway.id,
      depth: 1,
    });
    const facts = screen.getByLabelText('About this decision');
    const text = facts.textContent!;
    expect(text).toContain('StatusProposed');
    expect(text).toContain('Date27 Feb 2026');
    expect(text).toContain('Decision-makersAlice Martin, platform-team');
    expect(text).toContain('ConsultedDiana Rossi');
    expect(text).toContain('Informed—');
    expect(text).toContain('Tagsedgegateway');
    expect(text).toContain('Review by1 Mar 2026');
    expect(text).toContain('FormatMADR 4');
    expect(
      within(facts).getByRole('link', { name: /^0021-envoy-gateway\.md/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/localplus/docs/blob/main/adr/0021-envoy-gateway.md',
    );
    // The decision-maker written as a group ref, and the owner, link to the group.
    expect(
      within(facts)
        .getAllByRole('link', { name: 'platform-team' })
        .map(link => link.getAttribute('href')),
    ).toEqual([
      '/catalog/default/group/platform-team',
      '/catalog/default/group/platform-team',
    ]);
    expect(text).toContain('Entitydocs');
    expect(text).toContain('Systemlocalplus-platform');
  });

  it("lists its links, each leading to the other decision's page when resolved", async () => {
    renderDecision();

    const supersedes = await screen.findByRole('list', { name: 'Supersedes' });
    expect(
      within(supersedes).getByRole('link', {
        name: 'ADR-0009 Defer the API gateway',
      }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0009-api-gateway-deferred',
    );
    const relates = screen.getByRole('list', { name: 'Relates to' });
    expect(
      within(relates).getByRole('link', {
        name: 'ADR-0016 One table, one owner',
      }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0016-one-table-one-owner',
    );
    expect(
      within(relates).getByRole('link', { name: /example\.com\/rfc\/edge/ }),
    ).toHaveAttribute('href', 'https://example.com/rfc/edge');
  });

  it('renders the markdown body, sibling files leading to their decisions', async () => {
    renderDecision();

    const card = await recordCard();
    await within(card).findByRole('heading', {
      name: 'Context and Problem Statement',
    });
    expect(
      within(card).getByRole('link', { name: 'ADR-0009' }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0009-api-gateway-deferred',
    );
    expect(
      within(card).getByRole('link', { name: 'one owner' }),
    ).toHaveAttribute(
      'href',
      '/adr/decisions/component/default/docs/0016-one-table-one-owner#consequences',
    );
    // A path beside a record read from GitHub opens on GitHub.
    expect(
      within(card).getByRole('link', { name: /the runbook/ }),
    ).toHaveAttribute(
      'href',
      'https://github.com/localplus/docs/blob/main/runbooks/edge.md',
    );
    // GitHub-flavoured markdown: a table and strikethrough.
    expect(within(card).getByRole('table')).toHaveTextContent(
      'OptionCostEnvoy GatewaylowKongmedium',
    );
    expect(card.querySelector('del')).toHaveTextContent('Kong');
  });

  it('lets no raw HTML or script of the body reach the page', async () => {
    const api = fakeAdrApi();
    api.getDecision.mockResolvedValue({
      ...envoyGatewayRecord,
      body: [
        '## Context',
        '',
        '<script>window.pwned = true</script>',
        '',
        'An image <img src=x onerror="window.pwned = true"> inline.',
        '',
        '[Click me](javascript:window.pwned=true) and [again](JAVASCRIPT:alert(1))',
        '',
        '<a href="javascript:alert(1)">raw link</a> <iframe src="https://evil.example"></iframe>',
        '',
        '<div onmouseover="alert(1)">hover</div>',
      ].join('\n'),
    });
    renderDecision(ENVOY_URL, api);

    const card = await recordCard();
    await within(card).findByRole('heading', { name: 'Context' });
    expect(
      card.querySelector('script, img, iframe, div[onmouseover]'),
    ).toBeNull();
    const everything = [card, ...Array.from(card.querySelectorAll('*'))];
    for (const element of everything) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on/i);
        expect(attribute.value).not.toMatch(/^\s*javascript:/i);
      }
    }
    expect(
      within(card)
        .queryAllByRole('link')
        .map(link => link.textContent),
    ).toEqual([]);
    // The reader still sees what the record says, as code.
    expect(
      within(card).getByText('<script>window.pwned = true</script>'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('<img src=x onerror="window.pwned = true">')
        .tagName,
    ).toBe('CODE');
    expect(card).toHaveTextContent('Click me and again');
    expect((window as any).pwned).toBeUndefined();
  });

  it('lists the warnings concerning it and draws the decisions around it', async () => {
    renderDecision();

    const warnings = await screen.findByRole('list', { name: 'Warnings' });
    expect(within(warnings).getAllByRole('listitem')).toHaveLength(1);
    expect(warnings).toHaveTextContent(
      'ADR-0021 Envoy Gateway at the edge supersedes',
    );
    const graph = await screen.findByLabelText('Decision graph');
    expect(
      await within(graph).findByRole('link', {
        name: 'ADR-0009 Defer the API gateway',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Open in the graph/ }),
    ).toHaveAttribute(
      'href',
      `/adr/graph?decision=${encodeURIComponent(envoyGateway.id)}`,
    );
  });

  it('says when no decision is at the address', async () => {
    renderDecision('/adr/decisions/component/default/docs/0404-missing');

    expect(
      await screen.findByText('No decision at this address'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the decision log' }),
    ).toHaveAttribute('href', '/adr');
  });

  it("shows another failure in the backend's words, and a graph failure apart", async () => {
    const api = fakeAdrApi();
    api.getGraph.mockRejectedValue(new Error('graph store unavailable'));
    renderDecision(ENVOY_URL, api);

    expect(
      await screen.findByText(
        /The decisions around it could not be loaded: graph store unavailable/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('The warnings could not be loaded.')).toBeVisible();

    const failing = fakeAdrApi();
    failing.getDecision.mockRejectedValue(
      new AdrApiError('slug: invalid characters', 400, 'InputError'),
    );
    renderDecision(ENVOY_URL, failing);
    await waitFor(() =>
      expect(
        screen.getByText(
          /The decision could not be loaded: slug: invalid characters/,
        ),
      ).toBeInTheDocument(),
    );
  });
});
