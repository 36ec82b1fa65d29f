import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { accessApiRef } from './api/AccessApi';
import { fakeAccessApi } from './__fixtures__/fakeAccessApi';
import {
  accessAuditSubPage,
  accessExplainSubPage,
  accessMatrixSubPage,
  accessPage,
  accessRolesSubPage,
  accessWhoCanSubPage,
} from './plugin';

const subPages = [
  accessRolesSubPage,
  accessMatrixSubPage,
  accessWhoCanSubPage,
  accessExplainSubPage,
  accessAuditSubPage,
];

describe('the Access plugin', () => {
  it('serves /access, titled for the nav', () => {
    const tester = createExtensionTester(accessPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/access');
    expect(tester.get(coreExtensionData.title)).toBe('Access');
  });

  it('answers a "why denied" link inside the app, with every tab offered', async () => {
    const api = fakeAccessApi();
    renderTestApp({
      extensions: [accessPage, ...subPages],
      apis: [[accessApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: [
        '/access/explain?user=user:default/thomas-keller&permission=catalog.entity.delete&resourceRef=component:default/svc-ledger',
      ],
    });
    expect(
      await screen.findByTestId('access-explain-answer'),
    ).toHaveTextContent('No');
    for (const tab of [
      'Roles',
      'Matrix',
      'Who can…',
      'Why denied',
      'Audit trail',
    ]) {
      expect(screen.getAllByText(tab).length).toBeGreaterThan(0);
    }
    // Only the open tab loaded: the roles and matrix are read for its pickers.
    expect(api.getAuditTrail).not.toHaveBeenCalled();
    expect(api.whoCan).not.toHaveBeenCalled();
  });

  it('opens on the Roles tab, with one tab per question at a stable path', async () => {
    renderTestApp({
      extensions: [accessPage, ...subPages],
      apis: [[accessApiRef, fakeAccessApi()]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: ['/access'],
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Roles' }),
    ).toBeInTheDocument();
    const tabs = [
      ['Roles', '/access/roles'],
      ['Matrix', '/access/matrix'],
      ['Who can…', '/access/who-can'],
      ['Why denied', '/access/explain'],
      ['Audit trail', '/access/audit'],
    ];
    for (const [title, href] of tabs) {
      const links = screen
        .getAllByText(title)
        .map(element => element.closest('a'))
        .filter(Boolean);
      expect(links.map(link => link!.getAttribute('href'))).toContain(href);
    }
  });
});
