import { screen } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { argoCdApiRef } from './api/argoCdApiRef';
import {
  argoCdApi,
  argoCdEntityContent,
  argoCdOverviewEntityCard,
  argoCdPlugin,
} from './plugin';

const withoutArgoCd = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc-ledger' },
};

const withArgoCd = {
  ...withoutArgoCd,
  metadata: {
    name: 'svc-ledger',
    annotations: { 'argocd/app-name': 'svc-ledger-dev' },
  },
};

describe('the argocd plugin', () => {
  it('keeps the extension ids of the package it wraps', () => {
    expect(argoCdPlugin.id).toBe('argocd');
    for (const id of [
      'api:argocd',
      'entity-content:argocd/ArgoCdPage',
      'entity-card:argocd/overviewCard',
      'entity-card:argocd/historyCard',
    ]) {
      expect(argoCdPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('registers its client under the id the package looks it up by', () => {
    expect(argoCdApiRef.id).toBe('plugin.argocd.service');
    expect(createExtensionTester(argoCdApi)).toBeDefined();
  });

  it('mounts the ArgoCD tab at /argocd', () => {
    const tab = createExtensionTester(argoCdEntityContent);
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('ArgoCD');
    expect(tab.get(coreExtensionData.routePath)).toBe('/argocd');
  });

  it('names the missing annotation on an entity without Argo CD', async () => {
    const content = createExtensionTester(argoCdEntityContent).reactElement();
    await renderInTestApp(
      <EntityProvider entity={withoutArgoCd}>{content}</EntityProvider>,
    );
    expect(
      (await screen.findAllByText(/argocd\/app-name/)).length,
    ).toBeGreaterThan(0);
  });

  it('asks the lazily loaded client for the entity application', async () => {
    const getAppDetails = jest.fn(async () => {
      throw new Error('Argo CD is not reachable');
    });
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: withArgoCd }),
        argoCdOverviewEntityCard,
      ],
      apis: [[argoCdApiRef, { getAppDetails } as never]],
    });
    expect(
      await screen.findByText(/Argo CD is not reachable/),
    ).toBeInTheDocument();
    expect(getAppDetails).toHaveBeenCalledWith(
      expect.objectContaining({ appName: 'svc-ledger-dev' }),
    );
  });
});
