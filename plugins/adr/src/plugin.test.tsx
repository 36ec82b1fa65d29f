import { screen, waitFor } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { adrApiRef } from './api/adrApiRef';
import { serviceEntity } from './__fixtures__/entities';
import { fakeAdrApi } from './__fixtures__/fakeAdrApi';
import {
  adrAwaitingYourInputHomeWidget,
  adrDecisionPage,
  adrEntityContent,
  adrGraphSubPage,
  adrLogSubPage,
  adrPage,
  adrPlugin,
  adrProblemsSubPage,
  adrRecentDecisionsHomeWidget,
  adrReviewSubPage,
  adrSearchResultListItem,
  adrSearchResultType,
} from './plugin';

const pages = [
  adrPage,
  adrLogSubPage,
  adrGraphSubPage,
  adrReviewSubPage,
  adrProblemsSubPage,
  adrDecisionPage,
];

function renderPage(url: string, api = fakeAdrApi()) {
  renderTestApp({
    extensions: pages,
    apis: [[adrApiRef, api]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    initialRouteEntries: [url],
  });
  return api;
}

describe('the adr plugin', () => {
  it('has stable extension ids', () => {
    expect(adrPlugin.id).toBe('adr');
    for (const id of [
      'api:adr',
      'page:adr',
      'sub-page:adr/log',
      'sub-page:adr/graph',
      'sub-page:adr/review',
      'sub-page:adr/problems',
      'page:adr/decision',
      'entity-content:adr',
      'home-page-widget:adr/awaiting-your-input',
      'home-page-widget:adr/recent-decisions',
      'search-result-list-item:adr',
      'search-filter-result-type:adr',
    ]) {
      expect(adrPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('serves /adr titled Decisions, for the nav; the decision page has no title of its own', () => {
    const page = createExtensionTester(adrPage);
    expect(page.get(coreExtensionData.routePath)).toBe('/adr');
    expect(page.get(coreExtensionData.title)).toBe('Decisions');
    const decision = createExtensionTester(adrDecisionPage);
    expect(decision.get(coreExtensionData.routePath)).toBe(
      '/adr/decisions/:kind/:namespace/:name/:slug',
    );
    expect(decision.get(coreExtensionData.title)).toBeUndefined();
  });

  it('shows the Decisions tab only on entities with a decision folder', () => {
    const tab = createExtensionTester(adrEntityContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Decisions');
    expect(tab.get(coreExtensionData.routePath)).toBe('decisions');
    const filter = tab.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: 'platform-team',
        annotations: { 'backstage.io/adr-location': 'adr' },
      },
    };
    expect(filter(serviceEntity('svc-ledger'))).toBe(true);
    expect(filter(group)).toBe(true);
    expect(filter(serviceEntity('svc-wallet', false))).toBe(false);
  });

  it('offers the two home widgets by the names layouts use', () => {
    const awaiting = createExtensionTester(adrAwaitingYourInputHomeWidget).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );
    const recent = createExtensionTester(adrRecentDecisionsHomeWidget).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );
    expect([awaiting.name, awaiting.title]).toEqual([
      'AdrAwaitingYourInput',
      'Awaiting your input',
    ]);
    expect([recent.name, recent.title]).toEqual([
      'AdrRecentDecisions',
      'Decision log',
    ]);
  });

  it('renders search results of type adr, and names the type Decisions', () => {
    // plugin.tsx exports them as plain definitions (see there); the tester
    // needs their blueprint's type to read their output.
    const item = createExtensionTester(
      adrSearchResultListItem as ReturnType<
        typeof SearchResultListItemBlueprint.make
      >,
    ).get(SearchResultListItemBlueprint.dataRefs.item);
    const document = { title: 't', text: '', location: '/adr' };
    expect(item.predicate!({ type: 'adr', document })).toBe(true);
    expect(item.predicate!({ type: 'techdocs', document })).toBe(false);
    const type = createExtensionTester(
      adrSearchResultType as ReturnType<
        typeof SearchFilterResultTypeBlueprint.make
      >,
    ).get(SearchFilterResultTypeBlueprint.dataRefs.resultType);
    expect(type).toMatchObject({ value: 'adr', name: 'Decisions' });
  });

  it('opens on the Log tab, with a tab per question at a stable path', async () => {
    const api = renderPage('/adr');

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Decision log' }),
    ).toBeInTheDocument();
    for (const [title, href] of [
      ['Log', '/adr/log'],
      ['Graph', '/adr/graph'],
      ['Review', '/adr/review'],
      ['Problems', '/adr/problems'],
    ]) {
      const links = screen
        .getAllByText(title)
        .map(element => element.closest('a'))
        .filter(Boolean);
      expect(links.map(link => link!.getAttribute('href'))).toContain(href);
    }
    // Only the open tab loaded.
    expect(api.getGraph).not.toHaveBeenCalled();
    expect(api.getReviewQueue).not.toHaveBeenCalled();
  });

  it.each([
    ['/adr/graph', 'Decision graph'],
    ['/adr/review', 'Review'],
    ['/adr/problems', 'Problems'],
  ])('deep-links to %s', async (url, heading) => {
    renderPage(url);
    expect(
      await screen.findByRole('heading', { level: 2, name: heading }),
    ).toBeInTheDocument();
  });

  it('opens a decision at its own address beside the page', async () => {
    const api = renderPage(
      '/adr/decisions/component/default/docs/0021-envoy-gateway',
    );

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'ADR-0021 Envoy Gateway at the edge',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(api.getDecision).toHaveBeenCalledWith({
        kind: 'component',
        namespace: 'default',
        name: 'docs',
        slug: '0021-envoy-gateway',
      }),
    );
    expect(api.listDecisions).not.toHaveBeenCalled();
  });
});
