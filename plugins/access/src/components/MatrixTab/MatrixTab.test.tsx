import { screen, within } from '@testing-library/react';
import { matrix } from '../../__fixtures__/accessAnswers';
import {
  fakeAccessApi,
  forbidden,
  never,
} from '../../__fixtures__/fakeAccessApi';
import { renderTab } from '../../__testUtils__/renderTab';
import { MatrixTab } from './MatrixTab';

function rowOf(permission: string) {
  return screen.getByRole('rowheader', { name: permission }).closest('tr')!;
}

describe('MatrixTab', () => {
  it('shows progress while the matrix loads', async () => {
    await renderTab(<MatrixTab />, fakeAccessApi({ getMatrix: never }));
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('draws roles by permissions, grouped by plugin, with the deciding rule on hover', async () => {
    await renderTab(<MatrixTab />, fakeAccessApi());
    const table = await screen.findByRole('table', {
      name: 'Roles by permissions',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(c => c.textContent),
    ).toEqual(['Permission', 'Auditor', 'Platform engineer']);

    // Plugin sections in order, each permission under its plugin.
    const sections = within(table)
      .getAllByRole('rowheader')
      .map(h => h.textContent);
    expect(sections).toEqual([
      'access',
      'access.audit.read',
      'catalog',
      'catalog.entity.delete',
      'scaffolder',
      'scaffolder.task.create',
    ]);

    const cells = within(rowOf('catalog.entity.delete')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^If owner1$/);
    expect(cells[0].firstChild).toHaveAttribute(
      'title',
      'Rule owners-refresh-and-unregister: owners of the entity',
    );
    expect(cells[1]).toHaveTextContent('Allow');
    const create = within(rowOf('scaffolder.task.create')).getAllByRole('cell');
    expect(create[0]).toHaveTextContent('Deny');
    expect(create[0].firstChild).toHaveAttribute('title', 'Rule default-deny');

    // The condition of each conditional grant is spelled out once, below.
    const conditions = screen.getByRole('list', { name: 'Conditions' });
    expect(
      within(conditions)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual(['If owner: owners of the entity']);
  });

  it('names the plugins whose permissions are missing', async () => {
    await renderTab(
      <MatrixTab />,
      fakeAccessApi({
        getMatrix: async () => ({
          ...matrix,
          unavailablePlugins: [
            { pluginId: 'slo', error: 'Request failed with 404 Not Found' },
          ],
        }),
      }),
    );
    expect(
      await screen.findByText(/Permissions missing from slo$/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Roles by permissions' }),
    ).toBeInTheDocument();
  });

  it('names the permission to ask for when the policy refuses', async () => {
    await renderTab(<MatrixTab />, fakeAccessApi({ getMatrix: forbidden }));
    expect(
      await screen.findByText(
        /You may not read the matrix: ask an admin for the access.policy.read permission$/,
      ),
    ).toBeInTheDocument();
  });
});
