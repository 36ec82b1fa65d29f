import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditorMayNotDelete } from '../../__fixtures__/accessAnswers';
import {
  fakeAccessApi,
  forbidden,
  never,
} from '../../__fixtures__/fakeAccessApi';
import { renderTab } from '../../__testUtils__/renderTab';
import { ExplainTab } from './ExplainTab';

const DEEP_LINK =
  '/explain?user=user:default/thomas-keller&permission=catalog.entity.delete&resourceRef=component:default/svc-ledger';

describe('ExplainTab', () => {
  it('answers a deep link with No in big letters, the rule and the reason', async () => {
    const api = fakeAccessApi();
    await renderTab(<ExplainTab />, api, DEEP_LINK);

    const answer = await screen.findByTestId('access-explain-answer');
    expect(answer).toHaveTextContent(/^No$/);
    expect(answer).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('access-explain-rule')).toHaveTextContent(
      'owners-refresh-and-unregister: Owners refresh and unregister their own entities.',
    );
    expect(screen.getByTestId('access-explain-reason')).toHaveTextContent(
      auditorMayNotDelete.reason,
    );
    expect(
      screen.getByText('auditor (via group:default/auditors)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('granted on what the person owns'),
    ).toBeInTheDocument();
    expect(api.explain).toHaveBeenCalledWith({
      user: 'user:default/thomas-keller',
      permission: 'catalog.entity.delete',
      resourceRef: 'component:default/svc-ledger',
    });
    // The form shows what the link asked.
    expect(screen.getByLabelText(/Person/)).toHaveValue(
      'Thomas Keller (user:default/thomas-keller)',
    );
    expect(screen.getByLabelText(/Permission/)).toHaveValue(
      'catalog.entity.delete',
    );
  });

  it('says Yes when the policy allows', async () => {
    await renderTab(
      <ExplainTab />,
      fakeAccessApi({
        explain: async () => ({
          ...auditorMayNotDelete,
          allowed: true,
          decision: 'allow',
        }),
      }),
      DEEP_LINK,
    );
    expect(
      await screen.findByTestId('access-explain-answer'),
    ).toHaveTextContent(/^Yes$/);
  });

  it('asks for a person picked by name and a typed entity', async () => {
    const api = fakeAccessApi();
    await renderTab(<ExplainTab />, api, '/explain');

    await userEvent.click(await screen.findByLabelText(/Person/));
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Pat Platform (user:default/pat)',
      }),
    );
    await userEvent.click(screen.getByLabelText(/Permission/));
    await userEvent.click(
      await screen.findByRole('option', { name: 'scaffolder.task.create' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));

    await screen.findByTestId('access-explain-answer');
    expect(api.explain).toHaveBeenLastCalledWith({
      user: 'user:default/pat',
      permission: 'scaffolder.task.create',
      resourceRef: undefined,
    });
  });

  it('takes a typed user ref for someone holding no role', async () => {
    const api = fakeAccessApi();
    await renderTab(<ExplainTab />, api, '/explain');
    await userEvent.type(
      await screen.findByLabelText(/Person/),
      'user:default/nora',
    );
    await userEvent.click(screen.getByLabelText(/Permission/));
    await userEvent.click(
      await screen.findByRole('option', { name: 'catalog.entity.delete' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));
    await screen.findByTestId('access-explain-answer');
    expect(api.explain).toHaveBeenLastCalledWith(
      expect.objectContaining({ user: 'user:default/nora' }),
    );
  });

  it('shows progress while the answer loads', async () => {
    await renderTab(
      <ExplainTab />,
      fakeAccessApi({ explain: never }),
      DEEP_LINK,
    );
    await screen.findByRole('button', { name: 'Ask' });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(
      screen.queryByTestId('access-explain-answer'),
    ).not.toBeInTheDocument();
  });

  it('shows the backend error, such as an unknown permission', async () => {
    await renderTab(
      <ExplainTab />,
      fakeAccessApi({
        explain: async () => {
          throw new Error('Unknown permission "catalog.entity.nuke"');
        },
      }),
      '/explain?user=user:default/pat&permission=catalog.entity.nuke',
    );
    const panel = (
      await screen.findByText(/Could not read the answer$/)
    ).closest('div')!;
    expect(panel).toBeInTheDocument();
    expect(
      within(document.body).getAllByText(
        /Unknown permission "catalog.entity.nuke"/,
      ).length,
    ).toBeGreaterThan(0);
  });

  it('names the permission to ask for when the policy refuses', async () => {
    await renderTab(
      <ExplainTab />,
      fakeAccessApi({
        getRoles: forbidden,
        getMatrix: forbidden,
        explain: forbidden,
      }),
      DEEP_LINK,
    );
    expect(
      await screen.findByText(/You may not read the people and permissions/),
    ).toBeInTheDocument();
  });
});
