import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { tiersApiRef, TiersApi } from '../../api/TiersApi';
import { tierModelConfig } from '../../__testUtils__/tierModelConfig';
import { TierRulesContent } from './TierRulesContent';
import { TierViolationsContent } from './TierViolationsContent';

function tiersApi(violations: TiersApi['getTierViolations']): TiersApi {
  return { countEntitiesByTier: jest.fn(), getTierViolations: violations };
}

function renderWidget(
  element: JSX.Element,
  api: TiersApi,
  config: object = tierModelConfig,
) {
  return renderInTestApp(element, {
    config,
    apis: [[tiersApiRef, api]],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('Tier violations widget', () => {
  it('lists the entities held back, linking to them', async () => {
    await renderWidget(
      <TierViolationsContent />,
      tiersApi(async () => [
        {
          entityRef: 'component:default/svc-rogue',
          tier: 'T3',
          message: 'owned by the wrong team',
        },
      ]),
    );
    expect(
      await screen.findByText('T3: owned by the wrong team'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /svc-rogue/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/svc-rogue',
    );
  });

  it('says so when nothing breaks a rule', async () => {
    await renderWidget(
      <TierViolationsContent />,
      tiersApi(async () => []),
    );
    expect(
      await screen.findByText('No entity breaks a tier rule.'),
    ).toBeInTheDocument();
  });

  it('reports a failure', async () => {
    await renderWidget(
      <TierViolationsContent />,
      tiersApi(async () => {
        throw new Error('catalog down');
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('catalog down');
  });
});

describe('Tier rules widget', () => {
  it('shows each tier with owners, approvers and change process', async () => {
    await renderWidget(
      <TierRulesContent />,
      tiersApi(async () => []),
    );
    expect(screen.getByText('T0 Foundation')).toBeInTheDocument();
    expect(screen.getByText('Platform lead + Security')).toBeInTheDocument();
    expect(
      screen.getByText('buf breaking-change detection'),
    ).toBeInTheDocument();
  });

  it('says so when no model is configured', async () => {
    await renderWidget(
      <TierRulesContent />,
      tiersApi(async () => []),
      {},
    );
    expect(screen.getByText(/No tier model is configured/)).toBeInTheDocument();
  });
});
