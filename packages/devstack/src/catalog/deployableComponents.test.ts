import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defaultCatalogDir,
  loadDeployableComponents,
  readCatalogEntities,
} from './deployableComponents';

describe('deployable components', () => {
  it('reads the components with a kubernetes-id from the repository catalog', () => {
    const components = loadDeployableComponents(defaultCatalogDir());
    expect(components.map(c => c.name)).toEqual([
      'platform-gateway',
      'platform-gitops',
      'platform-networking',
      'platform-observability',
      'platform-security',
      'svc-giftcard',
      'svc-ledger',
      'svc-merchant',
      'svc-notification',
      'svc-wallet',
    ]);
    const ledger = components.find(c => c.name === 'svc-ledger')!;
    expect(ledger).toMatchObject({
      kubernetesId: 'svc-ledger',
      owner: 'team-loyalty',
      tier: 'T3',
      repositorySlug: 'localplus/svc-ledger',
    });
    expect(ledger.publicApiServers).toContainEqual({
      url: 'https://api.localplus.example/ledger',
      description: 'Production',
    });
    expect(ledger.maintainers.length).toBeGreaterThan(0);
    expect(
      components.find(c => c.name === 'svc-notification')!.publicApiServers,
    ).toEqual([]);
  });

  it('follows the catalog: a new component in a new file is picked up', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devstack-catalog-'));
    try {
      fs.mkdirSync(path.join(dir, 'nested'));
      fs.writeFileSync(
        path.join(dir, 'nested', 'svc.yaml'),
        [
          'apiVersion: backstage.io/v1alpha1',
          'kind: Component',
          'metadata:',
          '  name: svc-loyalty-rules',
          '  annotations:',
          '    backstage.io/kubernetes-id: svc-loyalty-rules',
          'spec:',
          '  type: service',
          '  owner: group:default/team-loyalty',
          '  lifecycle: experimental',
          '---',
          'apiVersion: backstage.io/v1alpha1',
          'kind: Component',
          'metadata:',
          '  name: a-library',
          'spec: { type: library, owner: team-loyalty, lifecycle: production }',
        ].join('\n'),
      );
      // Not an entity: skipped, not an error.
      fs.writeFileSync(
        path.join(dir, 'openapi.yaml'),
        'openapi: 3.0.3\ninfo: {}\n',
      );
      const components = loadDeployableComponents(dir);
      expect(components.map(c => [c.name, c.owner, c.repositorySlug])).toEqual([
        ['svc-loyalty-rules', 'team-loyalty', 'localplus/svc-loyalty-rules'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports broken YAML and a missing folder instead of guessing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devstack-catalog-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'bad.yaml'),
        'kind: Component\nmetadata: [unclosed\n',
      );
      expect(() => readCatalogEntities(dir)).toThrow(/Invalid YAML/);
      expect(() => readCatalogEntities(path.join(dir, 'missing'))).toThrow(
        /not found/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
