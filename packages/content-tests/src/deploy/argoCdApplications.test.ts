import fs from 'node:fs';
import path from 'node:path';
import {
  deployFolder,
  objectsOfKind,
  renderKustomization,
  repoRoot,
} from './__testUtils__/renderKustomization';

const CLUSTER_URL_KEYS: Record<string, string> = {
  dev: 'EKS_DEV_API_URL',
  staging: 'EKS_STAGING_API_URL',
  prod: 'EKS_PROD_API_URL',
};

jest.setTimeout(60_000);

describe('deploy/argocd (the portal in the central Argo CD)', () => {
  it('has one Application per overlay, syncing it to the cluster the portal itself calls by that name', async () => {
    const applications = objectsOfKind(
      await renderKustomization(path.join(deployFolder, 'argocd')),
      'Application',
    );
    const overlays = fs.readdirSync(path.join(deployFolder, 'overlays')).sort();
    expect(
      applications
        .map(application => application.metadata?.labels as any)
        .map(labels => labels['localplus.io/environment'])
        .sort(),
    ).toEqual(overlays);

    for (const application of applications) {
      const environment = (application.metadata?.labels as any)[
        'localplus.io/environment'
      ];
      const { source, destination, syncPolicy } = application.spec;
      expect(source.path).toBe(`deploy/overlays/${environment}`);
      expect(
        fs.existsSync(path.join(repoRoot, source.path, 'kustomization.yaml')),
      ).toBe(true);
      expect(application.metadata?.namespace).toBe('argocd');
      // Seed 000, section 3.3: dev syncs itself, staging and prod by hand.
      expect(syncPolicy.automated).toEqual(
        environment === 'dev' ? { prune: true, selfHeal: true } : undefined,
      );

      const rendered = await renderKustomization(
        path.join(repoRoot, source.path),
      );
      const [config] = objectsOfKind(rendered, 'ConfigMap');
      expect(destination.server).toBe(
        config.data?.[CLUSTER_URL_KEYS[environment]],
      );
      const [namespace] = objectsOfKind(rendered, 'Namespace');
      expect(destination.namespace).toBe(namespace.metadata?.name);
    }
  });
});
