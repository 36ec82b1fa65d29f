import { screen, waitFor } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fakeAdrApi } from '../../__fixtures__/fakeAdrApi';
import { renderWithAdrApi } from '../../__testUtils__/renderWithAdrApi';
import { RefreshButton } from './RefreshButton';

// Only refusals here: the permission hook caches its answer for the file.
describe('RefreshButton without adr.index.refresh', () => {
  it('is disabled and says why', async () => {
    const api = fakeAdrApi();
    const permission = mockApis.permission({
      authorize: AuthorizeResult.DENY,
    });
    renderWithAdrApi(
      <RefreshButton
        entityRef="component:default/svc-ledger"
        onRefreshed={jest.fn()}
      />,
      api,
      { apis: [permission] },
    );

    const button = await screen.findByRole('button', { name: 'Refresh now' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription(
      /needs the adr.index.refresh permission/,
    );
    expect(api.refresh).not.toHaveBeenCalled();
  });
});
