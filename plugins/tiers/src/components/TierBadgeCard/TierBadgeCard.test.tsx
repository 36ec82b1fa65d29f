import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { tierBadgeEntityCard } from '../../plugin';
import { tierModelConfig } from '../../__testUtils__/tierModelConfig';

function service(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc-loyalty', annotations },
    spec: { type: 'service', owner: 'team-loyalty' },
  };
}

function renderCard(entity: Entity) {
  return renderTestApp({
    config: tierModelConfig,
    extensions: [createTestEntityPage({ entity }), tierBadgeEntityCard],
  });
}

describe('TierBadgeCard', () => {
  it('shows the tier, its approvers and change process', async () => {
    renderCard(service({ 'localplus.io/tier': 'T3' }));

    expect(await screen.findByTitle('T3 · Domain')).toHaveTextContent(
      'T3 · Domain',
    );
    expect(screen.getByText('Team lead')).toBeInTheDocument();
    expect(
      screen.getByText('Standard pull-request review'),
    ).toBeInTheDocument();
  });

  it('warns when the declared tier is not in the model', async () => {
    renderCard(service({ 'localplus.io/tier': 'T9' }));

    expect(
      await screen.findByText(/Tier T9 is not in the tier model/),
    ).toBeInTheDocument();
    expect(screen.queryByTitle('T3 · Domain')).not.toBeInTheDocument();
  });

  it('is left out for entities that declare no tier', async () => {
    renderCard(service());

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(screen.queryByText('Tier')).not.toBeInTheDocument();
  });
});
