import fs from 'node:fs';
import path from 'node:path';
import { useManifestFixture } from '../__testUtils__/manifestFixture';
import { observeManifests } from './manifestPolicyCheck';

// Overlays that try to reach outside the entity's folder (climbing out,
// remote bases, generators and links pointing out, Helm, YAML bombs) are
// refused before kustomize renders anything.

jest.setTimeout(120_000);

const fixture = useManifestFixture();
const { options, fileEntity, write } = fixture;

describe('refuses overlays that reach outside the entity folder, rendering nothing', () => {
  const refusal = async (overlay: string) => {
    const [observation] = await observeManifests(
      fileEntity(overlay),
      options(),
    );
    expect(observation.result).toBe('error');
    return observation.summary;
  };

  it.each([
    [
      '../other-service/deploy',
      "the overlay climbs out with '..'; it must lie inside the entity's folder",
    ],
    [
      'deploy/../../x',
      "the overlay climbs out with '..'; it must lie inside the entity's folder",
    ],
    [
      '/etc',
      "the overlay must be a folder relative to the entity's file, or an http(s) URL",
    ],
    [
      'file:///etc',
      "the overlay must be a folder relative to the entity's file, or an http(s) URL",
    ],
    [
      'deploy/overlays/missing',
      "the overlay folder deploy/overlays/missing does not exist beside the entity's file",
    ],
  ])('%s', async (overlay, reason) => {
    expect(await refusal(overlay)).toBe(
      `The overlay ${overlay} was not rendered: ${reason}.`,
    );
  });

  it('a base that climbs out of the folder', async () => {
    fs.mkdirSync(path.join(fixture.root, 'repo', 'outside'), {
      recursive: true,
    });
    fs.writeFileSync(
      path.join(fixture.root, 'repo', 'outside', 'kustomization.yaml'),
      'resources: []\n',
    );
    write(
      'deploy/overlays/escape/kustomization.yaml',
      'resources:\n  - ../../../../outside\n',
    );
    expect(await refusal('deploy/overlays/escape')).toMatch(
      /deploy\/overlays\/escape\/kustomization.yaml refers to \.\.\/\.\.\/\.\.\/\.\.\/outside, outside the entity's folder/,
    );
  });

  it.each([
    [
      'https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.0.0',
      'remote',
    ],
    ['github.com/org/repo//deploy/base', 'remote'],
    ['git@github.com:org/repo.git', 'remote'],
    ['/etc/kubernetes', 'absolute path'],
  ])('a resource %s', async (resource, reason) => {
    write(
      'deploy/overlays/hostile/kustomization.yaml',
      `resources:\n  - ../../base\n  - ${resource}\n`,
    );
    expect(await refusal('deploy/overlays/hostile')).toContain(
      `refers to the ${reason} ${resource}`,
    );
  });

  it('a remote base reached through a local one', async () => {
    write(
      'deploy/base/kustomization.yaml',
      'resources:\n  - deployment.yaml\n  - https://example.com/evil.yaml\n',
    );
    expect(await refusal('deploy/overlays/compliant')).toContain(
      'deploy/base/kustomization.yaml refers to the remote https://example.com/evil.yaml',
    );
  });

  it('a generator reading a file outside, and Helm charts', async () => {
    write(
      'deploy/overlays/secrets/kustomization.yaml',
      'secretGenerator:\n  - name: s\n    files: [key=../../../../../etc/passwd]\n',
    );
    expect(await refusal('deploy/overlays/secrets')).toContain(
      "refers to ../../../../../etc/passwd, outside the entity's folder",
    );
    write(
      'deploy/overlays/helm/kustomization.yaml',
      'helmCharts:\n  - name: redis\n    repo: https://charts.example\n',
    );
    expect(await refusal('deploy/overlays/helm')).toContain(
      'uses helmCharts, which is not rendered here',
    );
  });

  it('a symbolic link leading out of the folder', async () => {
    fs.writeFileSync(path.join(fixture.root, 'secret.yaml'), 'kind: Secret\n');
    fs.symlinkSync(
      path.join(fixture.root, 'secret.yaml'),
      path.join(fixture.entityFolder, 'deploy/base/secret.yaml'),
    );
    expect(await refusal('deploy/overlays/compliant')).toBe(
      "The overlay deploy/overlays/compliant was not rendered: deploy/base/secret.yaml is a symbolic link leading outside the entity's folder.",
    );
  });

  it('a YAML bomb in a kustomization', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(
          97 + i,
        )} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    }
    write(
      'deploy/overlays/bomb/kustomization.yaml',
      `${lines.join('\n')}\nresources: [../../base]\n`,
    );
    expect(await refusal('deploy/overlays/bomb')).toMatch(
      /bomb\/kustomization.yaml is not valid YAML: .*alias/i,
    );
  });
});
