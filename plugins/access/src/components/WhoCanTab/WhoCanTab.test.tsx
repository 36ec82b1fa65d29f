import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { whoCanDelete } from '../../__fixtures__/accessAnswers';
import {
  fakeAccessApi,
  forbidden,
  never,
} from '../../__fixtures__/fakeAccessApi';
import { renderTab } from '../../__testUtils__/renderTab';
import { WhoCanTab } from './WhoCanTab';

describe('WhoCanTab', () => {
  it('asks nothing until a permission is picked', async () => {
    const api = fakeAccessApi();
    await renderTab(<WhoCanTab />, api, '/who-can');
    expect(await screen.findByRole('button', { name: 'Ask' })).toBeDisabled();
    expect(api.whoCan).not.toHaveBeenCalled();
  });

  it('lists the people allowed, from a permission and an entity picked in the form', async () => {
    const api = fakeAccessApi();
    await renderTab(<WhoCanTab />, api, '/who-can');

    await userEvent.click(await screen.findByLabelText(/Permission/));
    await userEvent.click(
      await screen.findByRole('option', { name: 'catalog.entity.delete' }),
    );
    await userEvent.type(
      screen.getByLabelText('Entity (optional)'),
      'component:default/svc-ledger',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));

    const region = await screen.findByRole('region', {
      name: 'People allowed',
    });
    expect(
      within(region).getByText(
        '2 people may catalog.entity.delete on component:default/svc-ledger',
      ),
    ).toBeInTheDocument();
    expect(
      within(region).getByRole('link', { name: 'Pat Platform' }),
    ).toHaveAttribute('href', '/catalog/default/user/pat');
    expect(
      within(region).getByText('any signed-in person'),
    ).toBeInTheDocument();
    expect(api.whoCan).toHaveBeenLastCalledWith({
      permission: 'catalog.entity.delete',
      resourceRef: 'component:default/svc-ledger',
    });
  });

  it('answers a link at once, with the inputs filled in', async () => {
    const api = fakeAccessApi();
    await renderTab(
      <WhoCanTab />,
      api,
      '/who-can?permission=catalog.entity.delete&resourceRef=component:default/svc-ledger',
    );
    expect(
      await screen.findByRole('region', { name: 'People allowed' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Permission/)).toHaveValue(
      'catalog.entity.delete',
    );
    expect(screen.getByLabelText('Entity (optional)')).toHaveValue(
      'component:default/svc-ledger',
    );
  });

  it('says so when nobody may', async () => {
    await renderTab(
      <WhoCanTab />,
      fakeAccessApi({ whoCan: async () => ({ ...whoCanDelete, allowed: [] }) }),
      '/who-can?permission=catalog.entity.delete',
    );
    expect(
      await screen.findByText(/Nobody: no rule grants catalog.entity.delete/),
    ).toBeInTheDocument();
  });

  it('shows progress while the answer loads, and the error when it fails', async () => {
    const { unmount } = await renderTab(
      <WhoCanTab />,
      fakeAccessApi({ whoCan: never }),
      '/who-can?permission=catalog.entity.delete',
    );
    await screen.findByRole('button', { name: 'Ask' });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    unmount();

    await renderTab(
      <WhoCanTab />,
      fakeAccessApi({ whoCan: forbidden }),
      '/who-can?permission=catalog.entity.delete',
    );
    await waitFor(() =>
      expect(
        screen.getByText(/You may not read who may do this/),
      ).toBeInTheDocument(),
    );
  });
});
