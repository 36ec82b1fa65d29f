import { screen, within } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { sloApiRef } from './api/sloApiRef';
import { serviceEntity } from './__fixtures__/entities';
import { ledgerReport } from './__fixtures__/entityReports';
import { fakeSloApi } from './__fixtures__/fakeSloApi';
import { sloPlugin, sloSummaryEntityCard, slosEntityContent } from './plugin';

function renderEntityPage(
  entity: Entity,
  extension:
    | typeof slosEntityContent
    | typeof sloSummaryEntityCard = slosEntityContent,
) {
  const api = fakeSloApi({ report: ledgerReport });
  renderTestApp({
    extensions: [createTestEntityPage({ entity }), extension],
    apis: [[sloApiRef, api]],
  });
  return api;
}

describe('slo plugin', () => {
  it('has stable extension ids', () => {
    expect(sloPlugin.id).toBe('slo');
    for (const id of [
      'api:slo',
      'page:slo',
      'entity-content:slo',
      'entity-card:slo/summary',
    ]) {
      expect(sloPlugin.getExtension(id as never)).toBeDefined();
    }
    expect(() => sloPlugin.getExtension('page:slo/nope' as never)).toThrow();
  });

  it('mounts the SLOs tab at slos, titled SLOs', () => {
    const tester = createExtensionTester(slosEntityContent);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('SLOs');
    expect(tester.get(coreExtensionData.routePath)).toBe('slos');
  });

  it('enables the SLOs tab and card only for entities with an OpenSLO document', () => {
    const filters = [
      createExtensionTester(slosEntityContent).get(
        EntityContentBlueprint.dataRefs.filterFunction,
      ),
      createExtensionTester(sloSummaryEntityCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      ),
    ];
    for (const filter of filters) {
      expect(filter).toBeDefined();
      expect(filter!(serviceEntity('svc-ledger'))).toBe(true);
      expect(filter!(serviceEntity('svc-ledger', false))).toBe(false);
    }
  });

  it('shows the SLOs tab on the page of an entity with the annotation', async () => {
    const api = renderEntityPage(serviceEntity('svc-ledger'));

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: '99.9 % of requests succeed',
      }),
    ).toBeInTheDocument();
    expect(api.getEntityReport).toHaveBeenCalledTimes(1);
  });

  it('leaves the SLOs tab out for an entity without the annotation', async () => {
    const api = renderEntityPage(serviceEntity('svc-ledger', false));

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(api.getEntityReport).not.toHaveBeenCalled();
  });

  it('shows the summary card with a line per objective and a link to the tab', async () => {
    renderEntityPage(serviceEntity('svc-ledger'), sloSummaryEntityCard);

    const table = await screen.findByRole('table', { name: 'SLO summary' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]).getByText('99.9 % of requests succeed'),
    ).toBeInTheDocument();
    expect(within(rows[0]).getByText('99.972 %')).toBeInTheDocument();
    expect(within(rows[0]).getByText('72 %')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Normal')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Page 1h')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Feature freeze')).toBeInTheDocument();
    expect(within(rows[1]).getByText('None')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /All SLOs and error budgets/ }),
    ).toHaveAttribute('href', '/slos');
  });
});
