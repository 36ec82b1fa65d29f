import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { sloApiRef } from '../../api/sloApiRef';
import { serviceEntity } from '../../__fixtures__/entities';
import { fakeSloApi } from '../../__fixtures__/fakeSloApi';
import { DownloadRulesButton } from './DownloadRulesButton';

const RULES = 'groups:\n  - name: slo-svc-ledger-availability\n    rules: []\n';

describe('DownloadRulesButton', () => {
  const createObjectURL = jest.fn(() => 'blob:http://localhost/rules');
  const revokeObjectURL = jest.fn();
  let downloads: Array<{ href: string; download: string }>;

  beforeEach(() => {
    downloads = [];
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function click(this: HTMLAnchorElement) {
        downloads.push({ href: this.href, download: this.download });
      });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    createObjectURL.mockClear();
  });

  it('saves the generated rules as <entity>-slo-rules.yaml', async () => {
    const api = fakeSloApi({ rules: RULES });
    renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <DownloadRulesButton entity={serviceEntity('svc-ledger')} />
      </TestApiProvider>,
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Download Prometheus rules' }),
    );

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(api.getEntityRules).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'svc-ledger',
    });
    expect(downloads[0]).toEqual({
      href: 'blob:http://localhost/rules',
      download: 'svc-ledger-slo-rules.yaml',
    });
    const blob = (createObjectURL.mock.calls[0] as unknown[])[0] as Blob;
    expect(blob.type).toBe('application/yaml');
    expect(await blob.text()).toBe(RULES);
  });

  it('says why when the rules cannot be fetched', async () => {
    const api = fakeSloApi();
    api.getEntityRules.mockRejectedValue(new Error('SLO backend answered 404'));
    renderInTestApp(
      <TestApiProvider apis={[[sloApiRef, api]]}>
        <DownloadRulesButton entity={serviceEntity('svc-ledger')} />
      </TestApiProvider>,
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Download Prometheus rules' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not download the rules: SLO backend answered 404',
    );
    expect(downloads).toHaveLength(0);
  });
});
