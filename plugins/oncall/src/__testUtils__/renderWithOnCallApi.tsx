import { Entity } from '@backstage/catalog-model';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { ReactElement } from 'react';
import type { OnCallApi } from '../api/OnCallApi';
import { onCallApiRef } from '../api/onCallApiRef';

/**
 * Renders an on-call component in a test app over a fake backend, inside
 * an entity's context when one is given, with entity links resolvable. The
 * permission policy allows everything unless `apis` gives another one.
 */
export function renderWithOnCallApi(
  element: ReactElement,
  api: OnCallApi,
  options: { entity?: Entity; url?: string; apis?: any[] } = {},
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <TestApiProvider
      apis={[[onCallApiRef, api], ...(options.apis ?? [mockApis.permission()])]}
    >
      {content}
    </TestApiProvider>,
    {
      initialRouteEntries: options.url ? [options.url] : undefined,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
