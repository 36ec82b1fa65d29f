import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OnCallApiError } from '../../api/OnCallApiError';
import { serviceEntity } from '../../__fixtures__/entities';
import { fakeOnCallApi } from '../../__fixtures__/fakeOnCallApi';
import { renderWithOnCallApi } from '../../__testUtils__/renderWithOnCallApi';
import { EntityOnCallContent } from '../EntityOnCallContent';

async function renderTab(api = fakeOnCallApi()) {
  renderWithOnCallApi(<EntityOnCallContent />, api, {
    entity: serviceEntity('svc-ledger'),
  });
  await screen.findByRole('table', { name: /week of 2 Mar 2026/ });
  return api;
}

function change(form: HTMLElement, label: RegExp, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

function overrideForm() {
  return screen.getByRole('form', { name: 'Override' });
}

describe('the override form', () => {
  it('requires a reason and an end after the start, and sends nothing until then', async () => {
    const api = await renderTab();
    const form = overrideForm();

    fireEvent.click(
      within(form).getByRole('button', { name: 'Save override' }),
    );

    expect(
      within(form).getByText('Give a reason: it is recorded in the change log'),
    ).toBeVisible();
    expect(
      within(form).getByText('Enter when the override starts'),
    ).toBeVisible();
    expect(within(form).getByText('Choose who takes over')).toBeVisible();

    change(form, /^From/, '2026-03-05T20:00');
    change(form, /^To/, '2026-03-05T08:00');
    change(form, /^Who takes over/, 'user:default/bob');
    change(form, /^Reason/, 'Diana at the dentist');
    fireEvent.click(
      within(form).getByRole('button', { name: 'Save override' }),
    );

    expect(
      within(form).getByText('The end must be after the start'),
    ).toBeVisible();
    expect(api.createOverride).not.toHaveBeenCalled();
  });

  it("sends the span read in the rotation's zone, then reloads the schedule and who is on call", async () => {
    const api = await renderTab();
    const form = overrideForm();
    expect(
      within(form)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'Primary',
      'Secondary',
      'Choose a member',
      'Alice Martin',
      'Bob Dupont',
      'Charlie Nguyen',
      'Diana Rossi',
      'Eve Laurent',
    ]);

    change(form, /^Role/, 'secondary');
    change(form, /^From/, '2026-03-05T08:00');
    change(form, /^To/, '2026-03-05T20:00');
    change(form, /^Who takes over/, 'user:default/alice');
    change(form, /^Reason/, '  Eve on a train  ');
    fireEvent.click(
      within(form).getByRole('button', { name: 'Save override' }),
    );

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Alice Martin takes secondary from Thu 5 Mar, 08:00 to Thu 5 Mar, 20:00.',
    );
    expect(api.createOverride).toHaveBeenCalledWith('localplus-weekly', {
      role: 'secondary',
      start: '2026-03-05T07:00:00.000Z',
      end: '2026-03-05T19:00:00.000Z',
      user: 'user:default/alice',
      reason: 'Eve on a train',
    });
    await waitFor(() => expect(api.getSchedule).toHaveBeenCalledTimes(4));
    expect(api.getEntityOnCall).toHaveBeenCalledTimes(2);
    expect(api.getChanges).toHaveBeenCalledTimes(2);
    expect(within(form).getByLabelText(/^Reason/)).toHaveValue('');
  });

  it("shows the backend's refusal in the form", async () => {
    const api = fakeOnCallApi();
    api.createOverride.mockRejectedValue(
      new OnCallApiError('start is in the past', 400, 'InputError'),
    );
    await renderTab(api);
    const form = overrideForm();

    change(form, /^From/, '2026-03-01T08:00');
    change(form, /^To/, '2026-03-01T20:00');
    change(form, /^Who takes over/, 'user:default/bob');
    change(form, /^Reason/, 'Cover');
    fireEvent.click(
      within(form).getByRole('button', { name: 'Save override' }),
    );

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'start is in the past',
    );
    // Nothing changed: no reload, and the fields stay for a correction.
    // Once for the calendar, once for the swap form's next 8 weeks.
    expect(api.getSchedule).toHaveBeenCalledTimes(2);
    expect(within(form).getByLabelText(/^Reason/)).toHaveValue('Cover');
  });
});

describe('the swap form', () => {
  it('offers the shifts to come on screen and swaps two of them', async () => {
    const api = await renderTab();
    fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    await screen.findByRole('heading', { name: 'March 2026' });
    const form = screen.getByRole('form', { name: 'Swap' });
    await waitFor(() =>
      expect(within(form).getAllByRole('option').length).toBeGreaterThan(4),
    );
    const first = within(form).getByLabelText(/^First shift/);
    // The weeks to come; past ones and the week under way are not offered.
    expect(
      within(first)
        .getAllByRole('option')
        .map(o => o.textContent)
        .slice(0, 3),
    ).toEqual([
      'Choose a shift',
      'Mon 9 Mar, 10:00 – Mon 16 Mar, 10:00 · Eve Laurent',
      'Mon 16 Mar, 10:00 – Mon 23 Mar, 10:00 · Alice Martin',
    ]);

    change(form, /^First shift/, '2026-03-09T09:00:00.000Z');
    change(form, /^Second shift/, '2026-03-09T09:00:00.000Z');
    change(form, /^Reason/, 'Holiday');
    fireEvent.click(within(form).getByRole('button', { name: 'Swap shifts' }));
    expect(within(form).getByText('Pick two different shifts')).toBeVisible();

    change(form, /^Second shift/, '2026-03-16T09:00:00.000Z');
    fireEvent.click(within(form).getByRole('button', { name: 'Swap shifts' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'The two shifts were swapped.',
    );
    expect(api.createSwap).toHaveBeenCalledWith('localplus-weekly', {
      role: 'primary',
      firstShiftStart: '2026-03-09T09:00:00.000Z',
      secondShiftStart: '2026-03-16T09:00:00.000Z',
      reason: 'Holiday',
    });
  });
});

describe('cancelling an override', () => {
  it('asks for a reason, then cancels and reloads', async () => {
    const api = await renderTab();
    const overrides = await screen.findByRole('table', {
      name: 'Overrides in the period shown',
    });

    fireEvent.click(within(overrides).getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Cancel the override',
    });
    expect(dialog).toHaveTextContent(
      'Bob Dupont as primary instead of Diana Rossi, Thu 5 Mar, 08:00 – Thu 5 Mar, 20:00.',
    );
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel override' }),
    );
    expect(
      within(dialog).getByText(
        'Give a reason: it is recorded in the change log',
      ),
    ).toBeVisible();
    expect(api.cancelOverride).not.toHaveBeenCalled();

    change(dialog, /^Reason/, 'Dentist moved');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel override' }),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.cancelOverride).toHaveBeenCalledWith('ov-1', {
      reason: 'Dentist moved',
    });
    await waitFor(() => expect(api.getSchedule).toHaveBeenCalledTimes(4));
  });
});
