import { screen, within } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { sloApiRef } from '@localplus/plugin-slo';
import { MyServicesContent } from './MyServicesContent';

const component = (
  name: string,
  annotations: Record<string, string>,
  lifecycle = 'production',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'service', lifecycle, owner: 'group:default/team-loyalty' },
});

const ledger = component('svc-ledger', {
  'localplus.io/tier': 'T3',
  'argocd/app-name': 'svc-ledger-prod',
});
const loyalty = component('svc-loyalty', {}, 'experimental');

/** The SLO API's overview: only the rows are read, worst state first. */
const sloApi = {
  getOverview: jest.fn(async () => ({
    rows: [
      { entityRef: 'component:default/svc-ledger', state: 'normal' },
      { entityRef: 'component:default/svc-ledger', state: 'freeze' },
      { entityRef: 'component:default/svc-ledger', state: null },
    ],
  })),
};

type AppConfig = NonNullable<Parameters<typeof renderInTestApp>[1]>['config'];

function renderWidget(getEntities: jest.Mock, config: AppConfig = {}) {
  return renderInTestApp(<MyServicesContent />, {
    config,
    apis: [
      [catalogApiRef, catalogApiMock.mock({ getEntities })],
      [sloApiRef, sloApi as any],
      mockApis.identity({
        userEntityRef: 'user:default/lucas.bernard',
        ownershipEntityRefs: [
          'user:default/lucas.bernard',
          'group:default/team-loyalty',
        ],
      }),
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe("My teams' services widget", () => {
  it("lists the components the person's groups own, with tier, worst SLO state, lifecycle and deployments", async () => {
    const getEntities = jest.fn(async () => ({ items: [ledger, loyalty] }));
    await renderWidget(getEntities);

    const table = await screen.findByRole('table', {
      name: "My teams' services",
    });
    expect(getEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        filter: {
          kind: 'component',
          'relations.ownedBy': [
            'user:default/lucas.bernard',
            'group:default/team-loyalty',
          ],
        },
      }),
    );
    const [, ledgerRow, loyaltyRow] = within(table).getAllByRole('row');
    expect(
      within(ledgerRow)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['svc-ledgerproduction', 'T3', 'freeze', 'Argo CD']);
    expect(
      within(loyaltyRow)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['svc-loyaltyexperimental', '—', '—', '—']);
    expect(
      within(ledgerRow).getByRole('link', { name: 'Argo CD' }),
    ).toHaveAttribute('href', '/catalog/default/component/svc-ledger');
  });

  it("reads the tier from the tier model's annotation", async () => {
    const coreLevel = {
      id: 'core',
      name: 'Core',
      description: 'Payment and order services.',
      namePattern: '^svc-[a-z-]+$',
      owners: ['team-loyalty'],
      approvers: 'Head of engineering',
      changeProcess: 'RFC',
    };
    const wallet = component('svc-wallet', {
      'localplus.io/tier': 'T3',
      'example.com/tier': 'core',
    });
    await renderWidget(
      jest.fn(async () => ({ items: [wallet] })),
      {
        localplus: {
          tiers: { annotation: 'example.com/tier', levels: [coreLevel] },
        },
      },
    );

    const table = await screen.findByRole('table', {
      name: "My teams' services",
    });
    const [, walletRow] = within(table).getAllByRole('row');
    expect(within(walletRow).getAllByRole('cell')[1]).toHaveTextContent('core');
  });

  it('says so when the groups own nothing', async () => {
    await renderWidget(jest.fn(async () => ({ items: [] })));
    expect(
      await screen.findByText('None of your groups owns a component yet.'),
    ).toBeInTheDocument();
  });

  it('shows why the catalog could not answer', async () => {
    await renderWidget(
      jest.fn(async () => {
        throw new Error('catalog unavailable');
      }),
    );
    expect(
      await screen.findByText(/could not be loaded: catalog unavailable/),
    ).toBeInTheDocument();
  });
});
