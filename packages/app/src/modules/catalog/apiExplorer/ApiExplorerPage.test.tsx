import { screen, within } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  entityRouteRef,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { ApiExplorerPage } from './ApiExplorerPage';

const ledgerGrpc: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: {
    name: 'ledger-grpc',
    namespace: 'default',
    title: 'Ledger gRPC API',
    description: 'Earn and burn transactions',
    tags: ['grpc'],
  },
  spec: {
    type: 'grpc',
    lifecycle: 'production',
    owner: 'team-loyalty',
    system: 'localplus-core',
    definition: 'syntax = "proto3";',
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-loyalty' },
    { type: 'partOf', targetRef: 'system:default/localplus-core' },
  ],
};

function renderPage() {
  return renderInTestApp(<ApiExplorerPage />, {
    apis: [
      [catalogApiRef, catalogApiMock({ entities: [ledgerGrpc] })],
      [permissionApiRef, mockApis.permission()],
      [starredEntitiesApiRef, new MockStarredEntitiesApi()],
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('ApiExplorerPage', () => {
  it('lists the APIs with the catalog table layout: name, system and owner on a narrow screen', async () => {
    await renderPage();

    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Ledger gRPC API')).toBeVisible();
    // jsdom matches no media query: the narrow layout (1024 px), where the
    // type, tags, lifecycle and description are left out.
    const headings = within(table)
      .getAllByRole('columnheader')
      .map(header => header.textContent?.trim())
      .filter(Boolean);
    expect(headings).toEqual(['Name', 'System', 'Owner', 'Actions']);
  });
});
