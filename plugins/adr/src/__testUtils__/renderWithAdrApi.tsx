import { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import type { AdrApi } from '../api/AdrApi';
import { adrApiRef } from '../api/adrApiRef';
import { decisionRouteRef, rootRouteRef } from '../routes';

/** Shows the current path and query string, for tests of links and filters. */
function LocationProbe() {
  const location = useLocation();
  return (
    <div data-testid="location">
      {location.pathname}
      {location.search}
    </div>
  );
}

/**
 * Renders an ADR component in a test app over a fake backend, inside an
 * entity's context when one is given, with the Decisions page, the decision
 * pages and entity pages mounted so links resolve. The current location is
 * in `screen.getByTestId('location')`.
 */
export function renderWithAdrApi(
  element: ReactElement,
  api: AdrApi,
  options: {
    entity?: Entity;
    url?: string;
    mountPath?: string;
    apis?: any[];
  } = {},
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider apis={[[adrApiRef, api], ...(options.apis ?? [])]}>
      {content}
      <LocationProbe />
    </TestApiProvider>,
    {
      initialRouteEntries: options.url ? [options.url] : undefined,
      mountPath: options.mountPath,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/adr': rootRouteRef,
        '/adr/decisions/:kind/:namespace/:name/:slug': decisionRouteRef,
      },
    },
  );
}
