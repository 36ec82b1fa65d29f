import { fireEvent, screen, within } from '@testing-library/react';
import { Settings } from 'luxon';
import { OnCallApiError } from '../../api/OnCallApiError';
import { serviceEntity } from '../../__fixtures__/entities';
import { orphanOnCall } from '../../__fixtures__/entityOnCall';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { OnCallCard } from './OnCallCard';

function renderCard(api = fakeOnCallApi()) {
  renderWithOnCallApi(<OnCallCard />, api, {
    entity: serviceEntity('svc-ledger'),
  });
  return api;
}

describe('OnCallCard', () => {
  it("shows this week's primary and secondary with how to reach them", async () => {
    const api = renderCard();

    expect(await screen.findByTestId('oncall-card-primary')).toHaveTextContent(
      'Diana Rossi',
    );
    expect(screen.getByTestId('oncall-card-secondary')).toHaveTextContent(
      'Eve Laurent',
    );
    expect(api.getEntityOnCall).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'svc-ledger',
    });
    const primary = screen.getByRole('region', { name: 'Primary now' });
    expect(
      within(primary).getByRole('link', { name: 'Diana Rossi' }),
    ).toHaveAttribute('href', '/catalog/default/user/diana');
    expect(
      within(primary).getByRole('link', { name: /Call Diana Rossi/ }),
    ).toHaveAttribute('href', 'tel:+33699000004');
    expect(
      within(primary).getByRole('link', { name: /E-mail Diana Rossi/ }),
    ).toHaveAttribute('href', 'mailto:diana.rossi@localplus.example');
    expect(within(primary).getByText('Slack @diana.rossi')).toBeInTheDocument();
    expect(within(primary).getByText('until Mon 9 Mar, 10:00')).toBeVisible();
    expect(
      screen.getByText(
        'in 5 days, Mon 9 Mar, 10:00 — Eve Laurent primary, Alice Martin secondary',
      ),
    ).toBeInTheDocument();
  });

  it('lists the escalation chain with the delay of each step', async () => {
    renderCard();

    const chain = await screen.findByRole('list', { name: 'Escalation chain' });
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'immediately: Primary on call — Diana Rossi',
      'after 15 min: Secondary on call — Eve Laurent',
      'after 30 min: Incident commander — Sofia Benali, Marc Lefevre',
      'after 1 h: Management — Marc Lefevre',
    ]);
    expect(
      screen.getByText('Acknowledge within: P1 5 min · P2 15 min · P3 1 h'),
    ).toBeInTheDocument();
  });

  it('acknowledges an open page and shows who did', async () => {
    const api = renderCard();

    const pages = await screen.findByRole('table', { name: 'Open pages' });
    const p1 = within(pages)
      .getAllByRole('row')
      .find(row => within(row).queryByText('P1 critical'))!;
    expect(
      within(p1).getByText(/Not acknowledged, 2 min left of the 5 min target/),
    ).toBeInTheDocument();
    // The P3 page was acknowledged already: nothing to press.
    expect(within(pages).getAllByRole('button')).toHaveLength(1);

    fireEvent.click(within(p1).getByRole('button', { name: 'Acknowledge' }));

    expect(
      await within(p1).findByText(
        'Acknowledged by Diana Rossi Wed 4 Mar, 10:00, within target',
      ),
    ).toBeInTheDocument();
    expect(api.acknowledgePage).toHaveBeenCalledWith('page-1');
    expect(within(pages).queryByRole('button')).toBeNull();
  });

  it("shows the backend's refusal to acknowledge", async () => {
    const api = fakeOnCallApi();
    api.acknowledgePage.mockRejectedValue(
      new OnCallApiError('You are not on this rotation', 403),
    );
    renderCard(api);

    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not acknowledge: You are not on this rotation',
    );
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeEnabled();
  });

  it("says so when no rotation answers for the service's owner", async () => {
    renderCard(fakeOnCallApi({ entity: orphanOnCall }));

    expect(
      await screen.findByText("No rotation answers for this service's owner."),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('oncall-card-primary')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Open pages' })).toBeNull();
  });

  it("notes the rotation's clock for a viewer in another time zone", async () => {
    Settings.defaultZone = 'America/New_York';
    try {
      renderCard();
      expect(
        await screen.findByText(
          /Times are in your time zone \(America\/New_York\); the rotation runs on Europe\/Paris time/,
        ),
      ).toBeInTheDocument();
      expect(
        screen.getAllByText('until Mon 9 Mar, 05:00 (10:00 Europe/Paris)'),
      ).toHaveLength(2);
    } finally {
      Settings.defaultZone = 'Europe/Paris';
    }
  });

  it('says why when the backend fails', async () => {
    const api = fakeOnCallApi();
    api.getEntityOnCall.mockRejectedValue(
      new OnCallApiError('The on-call backend answered 503', 503),
    );
    renderCard(api);

    expect(
      await screen.findByText(/Could not load who is on call/),
    ).toBeInTheDocument();
  });
});
