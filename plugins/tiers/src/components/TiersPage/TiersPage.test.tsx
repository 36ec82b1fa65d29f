import { screen, within } from '@testing-library/react';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { tiersApiRef } from '../../api/TiersApi';
import { TiersClient } from '../../api/TiersClient';
import { tiersPage } from '../../plugin';
import { catalogIndexRouteRef } from '../../routes';
import { tierModelConfig } from '../../__testUtils__/tierModelConfig';

/**
 * The page's first render loads the catalog table's modules: over a second
 * when the machine runs other suites at the same time.
 */
const FIRST_RENDER = { timeout: 10_000 };

const TIER_FACET = 'metadata.annotations.localplus.io/tier';

const failedEntities = {
  type: 'failed',
  entities: [
    {
      entity_id: '1',
      entity_ref: 'component:default/svc-rogue',
      unprocessed_entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'svc-rogue',
          annotations: { 'localplus.io/tier': 'T3' },
        },
        spec: { owner: 'platform-team' },
      },
      errors: [
        {
          name: 'InputError',
          message:
            'Tier model: component:default/svc-rogue is owned by group:default/platform-team but tier T3 (Domain) must be owned by one of group:default/team-loyalty',
        },
        {
          name: 'InputError',
          message: 'Policy check failed: not a tier error',
        },
      ],
    },
  ],
};

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function renderTiersPage(options: {
  getEntityFacets: jest.Mock;
  fetch: jest.Mock;
}) {
  const catalogApi = catalogApiMock.mock({
    getEntityFacets: options.getEntityFacets,
  });
  const discoveryApi = mockApis.discovery({ baseUrl: 'http://backend' });
  const fetchApi = mockApis.fetch({ baseImplementation: options.fetch });
  return renderInTestApp(createExtensionTester(tiersPage).reactElement(), {
    config: tierModelConfig,
    mountedRoutes: {
      '/catalog': catalogIndexRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    },
    apis: [
      [catalogApiRef, catalogApi],
      discoveryApi,
      fetchApi,
      [tiersApiRef, new TiersClient({ catalogApi, discoveryApi, fetchApi })],
    ],
  });
}

describe('TiersPage', () => {
  it('shows the six tiers with their entity counts and tier violations', async () => {
    const getEntityFacets = jest.fn().mockResolvedValue({
      facets: {
        [TIER_FACET]: [
          { value: 'T1', count: 9 },
          { value: 'T3', count: 5 },
          { value: 't3', count: 1 },
        ],
      },
    });
    const fetch = jest
      .fn()
      .mockImplementation(async () => jsonResponse(failedEntities));

    renderTiersPage({ getEntityFacets, fetch });

    expect(
      await screen.findByText(
        '15 entities declare a tier · 1 tier violation',
        {},
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    for (const label of [
      'T0 · Foundation',
      'T1 · Platform',
      'T2 · Contracts',
      'T3 · Domain',
      'T4 · Quality',
      'T5 · Documentation',
    ]) {
      expect(screen.getByTitle(label)).toHaveTextContent(label);
    }
    expect(getEntityFacets).toHaveBeenCalledWith({ facets: [TIER_FACET] });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/catalog/entities/unprocessed/failed',
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/catalog/entities/unprocessed/pending',
    );
    expect(screen.getByText('9 entities')).toBeInTheDocument();
    expect(screen.getByText('6 entities')).toBeInTheDocument();
    expect(screen.getAllByText('0 entities')).toHaveLength(4);
    expect(screen.getByText('Platform lead + Security')).toBeInTheDocument();
    expect(screen.getByText('ADR + RFC required')).toBeInTheDocument();

    // The violation is listed under T3 and in the violations table; the
    // other processing error is left out.
    const t3List = screen.getByRole('list', { name: 'Tier violations' });
    expect(
      within(t3List).getByText(
        /must be owned by one of group:default\/team-loyalty/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Tier violations (1)')).toBeInTheDocument();
    expect(screen.queryByText(/Policy check failed/)).not.toBeInTheDocument();

    const catalogLinks = screen.getAllByText('Open in the catalog');
    expect(catalogLinks).toHaveLength(6);
    expect(catalogLinks[3].closest('a')).toHaveAttribute(
      'href',
      '/catalog?filters%5Bkind%5D=component&filters%5Buser%5D=all&filters%5Btiers%5D=T3',
    );
  });

  it('shows an error panel when the catalog cannot be counted', async () => {
    const getEntityFacets = jest
      .fn()
      .mockRejectedValue(new Error('catalog is down'));
    const fetch = jest
      .fn()
      .mockImplementation(async () => jsonResponse({ entities: [] }));

    renderTiersPage({ getEntityFacets, fetch });

    expect(
      await screen.findByText(
        /Could not count the catalog's entities per tier/,
        {},
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/catalog is down/).length).toBeGreaterThan(0);
  });

  it('still shows the tiers when the failed-entities list is unavailable', async () => {
    const getEntityFacets = jest.fn().mockResolvedValue({
      facets: { [TIER_FACET]: [{ value: 'T3', count: 2 }] },
    });
    const fetch = jest
      .fn()
      .mockImplementation(
        async () => new Response('Forbidden', { status: 403 }),
      );

    renderTiersPage({ getEntityFacets, fetch });

    expect(
      await screen.findByText(
        /Tier violations are unavailable/,
        {},
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTitle('T3 · Domain')).toHaveTextContent('T3 · Domain');
    expect(screen.getByText('2 entities')).toBeInTheDocument();
  });
});
