import { screen, within } from '@testing-library/react';
import {
  fakeAccessApi,
  forbidden,
  never,
} from '../../__fixtures__/fakeAccessApi';
import { renderTab } from '../../__testUtils__/renderTab';
import { RolesTab } from './RolesTab';

describe('RolesTab', () => {
  it('shows progress while the roles load', async () => {
    await renderTab(<RolesTab />, fakeAccessApi({ getRoles: never }));
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('lists each role with its groups and members, linked to their pages', async () => {
    await renderTab(<RolesTab />, fakeAccessApi());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Roles' }),
    ).toBeInTheDocument();

    const auditorMembers = await screen.findByRole('list', {
      name: 'Auditor: members',
    });
    const thomas = within(auditorMembers).getByRole('link', {
      name: 'Thomas Keller',
    });
    expect(thomas).toHaveAttribute(
      'href',
      '/catalog/default/user/thomas-keller',
    );
    expect(
      within(auditorMembers).getByText('via auditors'),
    ).toBeInTheDocument();
    const auditorGroups = screen.getByRole('list', { name: 'Auditor: groups' });
    expect(
      within(auditorGroups).getByRole('link', { name: 'auditors' }),
    ).toHaveAttribute('href', '/catalog/default/group/auditors');
    expect(
      screen.getByText('No group is mapped to this role.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Nobody holds this role.')).toBeInTheDocument();
  });

  it('names the permission to ask for when the policy refuses', async () => {
    await renderTab(<RolesTab />, fakeAccessApi({ getRoles: forbidden }));
    expect(
      await screen.findByText(
        /You may not read the roles: ask an admin for the access.policy.read permission$/,
      ),
    ).toBeInTheDocument();
  });

  it('offers to try again after another failure', async () => {
    const api = fakeAccessApi({
      getRoles: async () => {
        throw new Error('backend down');
      },
    });
    await renderTab(<RolesTab />, api);
    expect(
      await screen.findByText(/Could not read the roles$/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });
});
