import { screen, within } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef, EntityProvider } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type {
  EntityCardType,
  EntityContentLayoutProps,
} from '@backstage/plugin-catalog-react/alpha';
import { EntityOverviewLayout } from './EntityOverviewLayout';

const owner: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-loyalty', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const ledger = (relations: Entity['relations']): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc-ledger', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-loyalty' },
  relations,
});

const card = (name: string, type?: EntityCardType) => ({
  type,
  element: <h2 key={name}>{name}</h2>,
});

function renderLayout(
  entity: Entity,
  cards: EntityContentLayoutProps['cards'],
) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityOverviewLayout cards={cards} />
    </EntityProvider>,
    { apis: [[catalogApiRef, catalogApiMock({ entities: [owner] })]] },
  );
}

const texts = (elements: HTMLElement[]) => elements.map(e => e.textContent);

describe('EntityOverviewLayout', () => {
  const ownedByLoyalty = [
    { type: 'ownedBy', targetRef: 'group:default/team-loyalty' },
  ];

  it('puts the info cards in the details, in order, and every other card after them', async () => {
    await renderLayout(ledger(ownedByLoyalty), [
      card('On call', 'content'),
      card('About', 'info'),
      card('Relations'),
      card('Links', 'info'),
    ]);

    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(texts(within(details).getAllByRole('heading'))).toEqual([
      'About',
      'Links',
    ]);
    const all = texts(screen.getAllByRole('heading'));
    expect(all).toEqual(['About', 'Links', 'On call', 'Relations']);
  });

  it('has no details column when no card is an info card', async () => {
    await renderLayout(ledger(ownedByLoyalty), [card('On call', 'content')]);

    expect(screen.getByText('On call')).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it("shows the catalog's warning above the cards when a relation points at no entity", async () => {
    await renderLayout(
      ledger([
        ...ownedByLoyalty,
        { type: 'dependsOn', targetRef: 'resource:default/gone-database' },
      ]),
      [card('About', 'info')],
    );

    const warning = await screen.findByText(/can't be found in the catalog/);
    expect(screen.getByText(/resource:default\/gone-database/)).toBeVisible();
    expect(
      warning.compareDocumentPosition(screen.getByText('About')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows no warning when every relation resolves', async () => {
    await renderLayout(ledger(ownedByLoyalty), [card('About', 'info')]);

    expect(await screen.findByText('About')).toBeVisible();
    // The relation check is asynchronous: give it the time the warning
    // test's findByText gets.
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(
      screen.queryByText(/can't be found in the catalog/),
    ).not.toBeInTheDocument();
  });
});
