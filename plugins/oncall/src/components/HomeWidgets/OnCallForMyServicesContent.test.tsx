import { screen, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { serviceEntity } from '../../__fixtures__/entities';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { OnCallForMyServicesContent } from './OnCallForMyServicesContent';

function renderWidget(
  ownershipEntityRefs: string[],
  owned: string[],
  api = fakeOnCallApi(),
) {
  const catalogApi = catalogApiMock.mock({
    getEntities: jest.fn(async () => ({ items: owned.map(serviceEntity) })),
  });
  renderWithOnCallApi(<OnCallForMyServicesContent />, api, {
    apis: [
      mockApis.identity({
        userEntityRef: ownershipEntityRefs[0],
        ownershipEntityRefs,
      }),
      [catalogApiRef, catalogApi],
    ],
  });
  return { api, catalogApi };
}

describe('On call for my services widget', () => {
  it("names who is on call for the user's groups' services, and their next shifts", async () => {
    const { api, catalogApi } = renderWidget(
      ['user:default/lucas-bernard', 'group:default/team-ledger'],
      ['svc-ledger', 'svc-wallet'],
    );

    const table = await screen.findByRole('table', {
      name: 'On call for my services',
    });
    expect(catalogApi.getEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        filter: {
          kind: 'component',
          'relations.ownedBy': [
            'user:default/lucas-bernard',
            'group:default/team-ledger',
          ],
        },
      }),
    );
    const row = within(table).getByRole('rowheader').closest('tr')!;
    expect(row).toHaveTextContent(
      'LOCAL-PLUS weekly on-callsvc-ledger, svc-wallet',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Diana Rossi', 'Eve Laurent']);
    expect(api.getMyShifts).toHaveBeenCalledWith({
      from: '2026-03-04T09:00:00.000Z',
      to: '2026-04-01T08:00:00.000Z',
    });
    // The fake answers Diana's shifts whoever asks.
    const shifts = screen.getByRole('list', { name: 'My next shifts' });
    expect(within(shifts).getAllByRole('listitem')[0]).toHaveTextContent(
      'Primary, nowMon 2 Mar, 10:00 – Mon 9 Mar, 10:00 · localplus-weekly',
    );
  });

  it('shows the responders their own rotation even with no service of theirs', async () => {
    const api = fakeOnCallApi();
    api.getMyShifts.mockImplementation(async range => ({
      user: 'user:default/alice',
      ...range,
      shifts: [],
    }));
    renderWidget(
      ['user:default/alice', 'group:default/localplus-oncall'],
      [],
      api,
    );

    const table = await screen.findByRole('table', {
      name: 'On call for my services',
    });
    expect(table).toHaveTextContent('Your group’s rotation');
    expect(
      screen.getByText('You have no on-call shift in the next 4 weeks.'),
    ).toBeInTheDocument();
  });

  it('says so when no rotation answers for them', async () => {
    renderWidget(
      ['user:default/claire-dubois', 'group:default/compliance'],
      [],
    );

    expect(
      await screen.findByText("No rotation answers for your groups' services."),
    ).toBeInTheDocument();
  });

  it('reports a backend failure in a sentence', async () => {
    const api = fakeOnCallApi();
    api.getNow.mockRejectedValue(new Error('The on-call backend answered 503'));
    renderWidget(['user:default/alice'], [], api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Who is on call could not be loaded: The on-call backend answered 503',
    );
  });
});
