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
import type { ComplianceApi } from '../api/ComplianceApi';
import { complianceApiRef } from '../api/complianceApiRef';
import { controlRouteRef, rootRouteRef } from '../routes';

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
 * Renders a compliance component in a test app over a fake backend, inside
 * an entity's context when one is given, with the Compliance page, control
 * pages and entity pages mounted so links resolve. The current location is
 * in `screen.getByTestId('location')`. `apis` adds or replaces APIs (the
 * permission API of a persona, an identity).
 */
export function renderWithComplianceApi(
  element: ReactElement,
  api: ComplianceApi,
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
    <TestApiProvider apis={[[complianceApiRef, api], ...(options.apis ?? [])]}>
      {content}
      <LocationProbe />
    </TestApiProvider>,
    {
      initialRouteEntries: options.url ? [options.url] : undefined,
      mountPath: options.mountPath,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/compliance': rootRouteRef,
        '/compliance/controls/:id': controlRouteRef,
      },
    },
  );
}
