import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditPage } from '../../__fixtures__/accessAnswers';
import {
  fakeAccessApi,
  forbidden,
  never,
} from '../../__fixtures__/fakeAccessApi';
import { renderTab } from '../../__testUtils__/renderTab';
import { AuditTab } from './AuditTab';

describe('AuditTab', () => {
  it('shows the newest events with their outcome, rule and detail', async () => {
    const api = fakeAccessApi();
    await renderTab(<AuditTab />, api, '/audit');

    expect(await screen.findByText('Latest events')).toBeInTheDocument();
    const rows = screen
      .getAllByRole('row')
      .filter(row => within(row).queryAllByRole('cell').length > 0);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('failed')).toBeInTheDocument();
    expect(
      within(rows[0]).getByText('actionType=delete; error: NotAllowedError'),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('rule owners-refresh-and-unregister · catalog'),
    ).toBeInTheDocument();
    expect(
      within(rows[1]).getByText(/./, { selector: 'time' }),
    ).toHaveAttribute('dateTime', '2026-12-04T10:00:00.000Z');
    expect(api.getAuditTrail).toHaveBeenCalledWith({
      limit: 50,
      actor: undefined,
      action: undefined,
      before: undefined,
      outcome: undefined,
    });
  });

  it('filters by who, action and outcome, and pages to older events', async () => {
    const api = fakeAccessApi();
    await renderTab(<AuditTab />, api, '/audit');
    await screen.findByText('Latest events');

    await userEvent.type(
      screen.getByLabelText('Who'),
      'user:default/thomas-keller',
    );
    await userEvent.type(
      screen.getByLabelText('Action'),
      'catalog.entity.delete',
    );
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'denied');
    await userEvent.click(screen.getByRole('button', { name: 'Filter' }));

    await screen.findByText('Latest events');
    expect(api.getAuditTrail).toHaveBeenLastCalledWith({
      limit: 50,
      actor: 'user:default/thomas-keller',
      action: 'catalog.entity.delete',
      outcome: 'denied',
      before: undefined,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    expect(
      await screen.findByText('Events before 2026-12-04T10:00:00.000Z'),
    ).toBeInTheDocument();
    expect(api.getAuditTrail).toHaveBeenLastCalledWith(
      expect.objectContaining({
        actor: 'user:default/thomas-keller',
        before: auditPage.nextBefore,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Newest' }));
    expect(await screen.findByText('Latest events')).toBeInTheDocument();
  });

  it('offers no older page after the last one', async () => {
    await renderTab(
      <AuditTab />,
      fakeAccessApi({ getAuditTrail: async () => ({ events: [] }) }),
      '/audit?outcome=denied',
    );
    expect(
      await screen.findByText('No audit event matches these filters.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
    expect(screen.getByLabelText('Outcome')).toHaveValue('denied');
  });

  it('shows progress while a page loads', async () => {
    await renderTab(
      <AuditTab />,
      fakeAccessApi({ getAuditTrail: never }),
      '/audit',
    );
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('names the audit permission when the policy refuses', async () => {
    await renderTab(
      <AuditTab />,
      fakeAccessApi({ getAuditTrail: forbidden }),
      '/audit',
    );
    expect(
      await screen.findByText(
        /You may not read the audit trail: ask an admin for the access.audit.read permission$/,
      ),
    ).toBeInTheDocument();
  });
});
