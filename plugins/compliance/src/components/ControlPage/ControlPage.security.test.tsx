import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import {
  fakeComplianceApi,
  responseError,
} from '../../__fixtures__/fakeComplianceApi';
import { personaPermissions } from '../../__testUtils__/personas';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { ControlPage } from './ControlPage';

const URL = '/compliance/controls/gdpr-eu-residency';
const LONG_SUBJECT =
  'workload:eks-prod/loyalty/Deployment/svc-loyalty-with-a-very-long-name-that-must-wrap';

// Security: every compliance action, signed in as `user`.
function renderControl(user: string, api = fakeComplianceApi()) {
  renderWithComplianceApi(<ControlPage />, api, {
    url: URL,
    mountPath: '/compliance/controls/:id',
    apis: [
      personaPermissions.security(),
      mockApis.identity({ userEntityRef: user }),
    ],
  });
  return api;
}

describe('ControlPage for security', () => {
  it('requests an exemption for a failing subject that has none open', async () => {
    const api = renderControl('user:default/marc-lefevre');

    const subjects = await screen.findByRole('table', { name: 'Subjects' });
    // The lab cluster has a request open already; satisfied subjects need none.
    const offered = await within(subjects).findAllByRole('button', {
      name: /Request exemption/,
    });
    expect(offered.map(button => button.getAttribute('aria-label'))).toEqual([
      `Request exemption for ${LONG_SUBJECT}`,
    ]);

    fireEvent.click(offered[0]);
    const dialog = await screen.findByRole('dialog');
    const send = within(dialog).getByRole('button', {
      name: 'Request exemption',
    });
    fireEvent.change(within(dialog).getByLabelText('Justification'), {
      target: { value: 'Too short' },
    });
    expect(send).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText('Justification'), {
      target: {
        value: 'The workload is being migrated to eu-west-1 this sprint.',
      },
    });
    expect(within(dialog).getByLabelText('Expires on')).toHaveValue(
      '2026-08-18',
    );
    fireEvent.click(send);

    await waitFor(() =>
      expect(api.requestExemption).toHaveBeenCalledWith({
        controlId: 'gdpr-eu-residency',
        subject: LONG_SUBJECT,
        justification:
          'The workload is being migrated to eu-west-1 this sprint.',
        expiresAt: '2026-08-18T00:00:00.000Z',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(api.getControl).toHaveBeenCalledTimes(2));
  });

  it("keeps the dialog open with the backend's refusal", async () => {
    const api = fakeComplianceApi();
    api.requestExemption.mockRejectedValue(
      await responseError(
        400,
        'InputError',
        'expiresAt: must be at most 180 days from now',
      ),
    );
    renderControl('user:default/marc-lefevre', api);

    fireEvent.click(
      await screen.findByRole('button', {
        name: `Request exemption for ${LONG_SUBJECT}`,
      }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Justification'), {
      target: {
        value: 'The workload is being migrated to eu-west-1 this sprint.',
      },
    });
    fireEvent.change(within(dialog).getByLabelText('Expires on'), {
      target: { value: '2027-05-01' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Request exemption' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The request was refused: expiresAt: must be at most 180 days from now',
    );
    expect(api.getControl).toHaveBeenCalledTimes(1);
  });

  it("approves someone else's request, with an optional comment", async () => {
    const api = renderControl('user:default/marc-lefevre');

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Approve exemption for cluster:eks-us-lab',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'The lab cluster holds synthetic data only, never personal data.',
    );
    fireEvent.change(within(dialog).getByLabelText('Comment (optional)'), {
      target: { value: 'Until the lab closes' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() =>
      expect(api.approveExemption).toHaveBeenCalledWith(
        'ex-1',
        'Until the lab closes',
      ),
    );
    await waitFor(() => expect(api.getControl).toHaveBeenCalledTimes(2));
  });

  it('rejects a request only with a reason', async () => {
    const api = renderControl('user:default/marc-lefevre');

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Reject exemption for cluster:eks-us-lab',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const reject = within(dialog).getByRole('button', { name: 'Reject' });
    expect(reject).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/Why it is rejected/), {
      target: { value: 'The lab holds copies of production data' },
    });
    fireEvent.click(reject);

    await waitFor(() =>
      expect(api.rejectExemption).toHaveBeenCalledWith(
        'ex-1',
        'The lab holds copies of production data',
      ),
    );
  });

  it('offers no decision on one’s own request', async () => {
    renderControl('user:default/lucas-bernard');

    const table = await screen.findByRole('table', { name: 'Exemptions' });
    expect(
      await within(table).findByText(
        'Your request: someone else from security decides.',
      ),
    ).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Approve/ })).toBeNull();
  });
});
