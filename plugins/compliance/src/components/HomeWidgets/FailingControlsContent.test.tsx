import { screen, within } from '@testing-library/react';
import { fakeComplianceApi } from '../../__fixtures__/fakeComplianceApi';
import { failingItem } from '../../__fixtures__/failing';
import { renderWithComplianceApi } from '../../__testUtils__/renderWithComplianceApi';
import { FailingControlsContent } from './FailingControlsContent';

describe('Failing controls widget', () => {
  it('lists up to 8 failing controls, not satisfied first, each opening its evidence', async () => {
    const api = fakeComplianceApi();
    const items = Array.from({ length: 10 }, (_, index) =>
      failingItem(index, index === 0 ? { status: 'error' } : {}),
    );
    items[3] = failingItem(3, {
      subject: 'workload:eks-prod/loyalty/Deployment/svc-loyalty',
      reason: 'Container app runs as root and has no memory limit. '
        .repeat(5)
        .trim(),
    });
    api.getMyFailingControls.mockResolvedValue({ items });
    renderWithComplianceApi(<FailingControlsContent />, api);

    const list = await screen.findByRole('list', { name: 'Failing controls' });
    const shown = within(list).getAllByRole('listitem');
    expect(shown).toHaveLength(8);
    // Not satisfied before error, the most recent first.
    expect(
      within(shown[0]).getByRole('link', { name: 'Control number 9' }),
    ).toBeInTheDocument();
    expect(
      shown.some(item => item.textContent?.includes('Control number 0')),
    ).toBe(false);
    const workload = shown.find(item =>
      item.textContent?.includes('Control number 3'),
    )!;
    expect(
      within(workload).getByRole('link', { name: 'Control number 3' }),
    ).toHaveAttribute(
      'href',
      '/compliance/controls/control-3?subject=workload%3Aeks-prod%2Floyalty%2FDeployment%2Fsvc-loyalty',
    );
    expect(workload).toHaveTextContent('svc-loyalty');
    // A long reason is cut, and whole in its title.
    expect(within(workload).getByTitle(items[3].reason)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '2 more on the Compliance page' }),
    ).toHaveAttribute('href', '/compliance');
  });

  it('says all is well when nothing fails', async () => {
    const api = fakeComplianceApi();
    renderWithComplianceApi(<FailingControlsContent />, api);

    expect(
      await screen.findByText('All controls satisfied for your services.'),
    ).toBeInTheDocument();
  });

  it('says why it could not load', async () => {
    const api = fakeComplianceApi();
    api.getMyFailingControls.mockRejectedValue(new Error('Bad Gateway'));
    renderWithComplianceApi(<FailingControlsContent />, api);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Failing controls could not be loaded: Bad Gateway',
    );
  });

  it('renders a hostile control title as text', async () => {
    const api = fakeComplianceApi();
    api.getMyFailingControls.mockResolvedValue({
      items: [
        failingItem(1, {
          control: {
            id: 'control-1',
            title: '<img src=x onerror=alert(1)>',
            requirements: [],
          },
        }),
      ],
    });
    renderWithComplianceApi(<FailingControlsContent />, api);

    expect(
      await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
