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
import { complianceApiRef } from './api/complianceApiRef';
import { serviceEntity } from './__fixtures__/entity';
import { fakeComplianceApi } from './__fixtures__/fakeComplianceApi';
import {
  complianceControlPage,
  complianceEntityContent,
  complianceFailingControlsHomeWidget,
  compliancePage,
  compliancePlugin,
} from './plugin';

function renderPage(url: string, api = fakeComplianceApi()) {
  renderTestApp({
    extensions: [compliancePage, complianceControlPage],
    apis: [[complianceApiRef, api]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    initialRouteEntries: [url],
  });
  return api;
}

describe('the compliance plugin', () => {
  it('has stable extension ids', () => {
    expect(compliancePlugin.id).toBe('compliance');
    for (const id of [
      'api:compliance',
      'page:compliance',
      'page:compliance/control',
      'entity-content:compliance',
      'home-page-widget:compliance/failing-controls',
      'home-page-widget:compliance/status-overview',
    ]) {
      expect(compliancePlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('serves /compliance titled Compliance, for the nav; a control page has no title of its own', () => {
    const page = createExtensionTester(compliancePage);
    expect(page.get(coreExtensionData.routePath)).toBe('/compliance');
    expect(page.get(coreExtensionData.title)).toBe('Compliance');
    const control = createExtensionTester(complianceControlPage);
    expect(control.get(coreExtensionData.routePath)).toBe(
      '/compliance/controls/:id',
    );
    expect(control.get(coreExtensionData.title)).toBeUndefined();
  });

  it('shows the Compliance tab on services, websites and systems only', () => {
    const tab = createExtensionTester(complianceEntityContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Compliance');
    expect(tab.get(coreExtensionData.routePath)).toBe('compliance');
    const filter = tab.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    const kind = (k: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: k,
      metadata: { name: 'x' },
    });
    expect(filter(serviceEntity('svc-ledger'))).toBe(true);
    expect(filter(serviceEntity('portal', 'website'))).toBe(true);
    expect(filter(kind('System'))).toBe(true);
    expect(filter(serviceEntity('lib-money', 'library'))).toBe(false);
    expect(filter(kind('Group'))).toBe(false);
    expect(filter(kind('API'))).toBe(false);
  });

  it('offers the home widget by the name layouts use', () => {
    const widget = createExtensionTester(
      complianceFailingControlsHomeWidget,
    ).get(HomePageWidgetBlueprint.dataRefs.widget);
    expect([widget.name, widget.title]).toEqual([
      'ComplianceFailingControls',
      'Failing controls',
    ]);
  });

  it('opens the Compliance page at /compliance, loading only it', async () => {
    const api = renderPage('/compliance?framework=soc2');

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Controls and evidence',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Controls of SOC 2' }),
    ).toBeInTheDocument();
    expect(api.getControl).not.toHaveBeenCalled();
  });

  it('opens a control at its own address beside the page', async () => {
    const api = renderPage(
      '/compliance/controls/gdpr-eu-residency?from=2026-04-01&to=2026-04-30',
    );

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Personal data stays in eu-west-1',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(api.getControl).toHaveBeenCalledWith('gdpr-eu-residency', {
        from: '2026-04-01',
        to: '2026-04-30',
      }),
    );
  });
});
