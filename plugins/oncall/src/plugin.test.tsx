import { screen } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { onCallApiRef } from './api/onCallApiRef';
import { groupEntity, serviceEntity } from './__fixtures__/entities';
import { fakeOnCallApi } from './__fixtures__/fakeOnCallApi';
import {
  onCallCoverageSubPage,
  onCallEntityCard,
  onCallEntityContent,
  onCallFairnessSubPage,
  onCallMyShiftsSubPage,
  onCallNowSubPage,
  onCallPage,
  onCallPagesSubPage,
  onCallPlugin,
} from './plugin';

const subPages = [
  onCallNowSubPage,
  onCallCoverageSubPage,
  onCallFairnessSubPage,
  onCallMyShiftsSubPage,
  onCallPagesSubPage,
];

function renderPage(url: string, api = fakeOnCallApi()) {
  renderTestApp({
    extensions: [onCallPage, ...subPages],
    apis: [[onCallApiRef, api]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    initialRouteEntries: [url],
  });
  return api;
}

describe('the oncall plugin', () => {
  it('has stable extension ids', () => {
    expect(onCallPlugin.id).toBe('oncall');
    for (const id of [
      'api:oncall',
      'page:oncall',
      'sub-page:oncall/now',
      'sub-page:oncall/coverage',
      'sub-page:oncall/fairness',
      'sub-page:oncall/my-shifts',
      'sub-page:oncall/pages',
      'entity-content:oncall',
      'entity-card:oncall',
      'home-page-widget:oncall/for-my-services',
    ]) {
      expect(onCallPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('serves /oncall titled On call, for the nav', () => {
    const tester = createExtensionTester(onCallPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/oncall');
    expect(tester.get(coreExtensionData.title)).toBe('On call');
  });

  it('mounts the On call tab at oncall for components and groups, the card for components', () => {
    const tab = createExtensionTester(onCallEntityContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('On call');
    expect(tab.get(coreExtensionData.routePath)).toBe('oncall');
    const tabFilter = tab.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    const cardFilter = createExtensionTester(onCallEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    const api: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'ledger-grpc' },
    };
    expect(tabFilter(serviceEntity('svc-ledger'))).toBe(true);
    expect(tabFilter(groupEntity('localplus-oncall'))).toBe(true);
    expect(tabFilter(api)).toBe(false);
    expect(cardFilter(serviceEntity('svc-ledger'))).toBe(true);
    expect(cardFilter(groupEntity('localplus-oncall'))).toBe(false);
  });

  it("shows the card on a component's overview", async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: serviceEntity('svc-ledger') }),
        onCallEntityCard,
      ],
      apis: [[onCallApiRef, fakeOnCallApi()]],
    });
    expect(await screen.findByTestId('oncall-card-primary')).toHaveTextContent(
      'Diana Rossi',
    );
  });

  it('opens on the Now tab, with a tab per question at a stable path', async () => {
    const api = renderPage('/oncall');

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Who is on call now',
      }),
    ).toBeInTheDocument();
    const tabs = [
      ['Now', '/oncall/now'],
      ['Coverage', '/oncall/coverage'],
      ['Fairness', '/oncall/fairness'],
      ['My shifts', '/oncall/my-shifts'],
      ['Pages', '/oncall/pages'],
    ];
    for (const [title, href] of tabs) {
      const links = screen
        .getAllByText(title)
        .map(element => element.closest('a'))
        .filter(Boolean);
      expect(links.map(link => link!.getAttribute('href'))).toContain(href);
    }
    // Only the open tab loaded.
    expect(api.getFairness).not.toHaveBeenCalled();
    expect(api.getCoverage).not.toHaveBeenCalled();
  });

  it.each([
    ['/oncall/coverage', 'Coverage of the next 4 weeks'],
    ['/oncall/fairness', 'Fairness'],
    ['/oncall/my-shifts', 'My shifts'],
    ['/oncall/pages', 'Pages'],
  ])('deep-links to %s', async (url, heading) => {
    renderPage(url);
    expect(
      await screen.findByRole('heading', { level: 2, name: heading }),
    ).toBeInTheDocument();
  });
});
