import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ReactElement } from 'react';
import { AccessApi, accessApiRef } from '../api/AccessApi';

/** Renders one tab in a test app, at `url`, over the given Access API. */
export function renderTab(element: ReactElement, api: AccessApi, url = '/') {
  return renderInTestApp(
    <TestApiProvider apis={[[accessApiRef, api]]}>{element}</TestApiProvider>,
    {
      initialRouteEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
