import { screen } from '@testing-library/react';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import {
  actionPermissionsAnswered,
  personaPermissions,
} from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { CompliancePage } from './CompliancePage';

describe('CompliancePage for someone without export or write permissions', () => {
  it('shows the controls and neither the export nor the on-demand run', async () => {
    const api = fakeComplianceApi();
    renderWithComplianceApi(<CompliancePage />, api, {
      url: '/compliance',
      apis: [personaPermissions.reader()],
    });

    await screen.findByRole('table', { name: 'Controls' });
    await actionPermissionsAnswered();

    expect(
      screen.queryByRole('button', { name: 'Export evidence' }),
    ).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Run evaluation now' }),
    ).toBeNull();
    expect(api.exportPeriod).not.toHaveBeenCalled();
  });
});
