import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  fakeComplianceApi,
  responseError,
} from '../../__fixtures__/fakeComplianceApi';
import { personaPermissions } from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { CompliancePage } from './CompliancePage';

// Security: every compliance action.
function renderPage(api = fakeComplianceApi()) {
  renderWithComplianceApi(<CompliancePage />, api, {
    url: '/compliance',
    apis: [personaPermissions.security()],
  });
  return api;
}

describe('CompliancePage for security', () => {
  it('starts an evaluation on demand and looks for the new run', async () => {
    const api = renderPage();
    await screen.findByRole('table', { name: 'Controls' });
    await waitFor(() => expect(api.getRuns).toHaveBeenCalledTimes(1));

    fireEvent.click(
      await screen.findByRole('button', { name: 'Run evaluation now' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Evaluation started; statuses update when it finishes.',
    );
    expect(api.startRun).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(api.getRuns).toHaveBeenCalledTimes(2));
  });

  it('says so when an evaluation is already running', async () => {
    const api = fakeComplianceApi();
    api.startRun.mockRejectedValue(
      await responseError(409, 'ConflictError', 'An evaluation is running'),
    );
    renderPage(api);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Run evaluation now' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'An evaluation is already running; its results will appear when it finishes.',
    );
  });
});
