import { screen } from '@testing-library/react';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import {
  complianceStatusOverviewHomeWidget,
  compliancePlugin,
} from '../../plugin';

describe('the compliance status home widget', () => {
  it('is offered by the name layouts use', () => {
    expect(
      compliancePlugin.getExtension(
        'home-page-widget:compliance/status-overview' as never,
      ),
    ).toBeDefined();
    const widget = createExtensionTester(
      complianceStatusOverviewHomeWidget,
    ).get(HomePageWidgetBlueprint.dataRefs.widget);
    expect([widget.name, widget.title]).toEqual([
      'ComplianceStatusOverview',
      'Compliance status',
    ]);
  });

  it('loads its content lazily inside the widget card', async () => {
    const widget = createExtensionTester(
      complianceStatusOverviewHomeWidget,
    ).get(HomePageWidgetBlueprint.dataRefs.widget);
    renderWithComplianceApi(widget.component, fakeComplianceApi());

    expect(await screen.findByText('Compliance status')).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Controls per framework' }),
    ).toBeInTheDocument();
  });
});
