import { mockServices } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { component } from '../__testUtils__/catalogEntities';
import { folderUrlReader } from '../__testUtils__/folderUrlReader';
import { observeManifests, ManifestPolicyOptions } from './manifestPolicyCheck';

jest.setTimeout(120_000);

const FIXTURE = path.resolve(
  __dirname,
  '../__fixtures__/kustomize/svc-fixture',
);
const OVERLAYS = 'localplus.io/kustomize-overlays';

let root: string;
let work: string;
let entityFolder: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-policy-'));
  entityFolder = path.join(root, 'repo', 'svc-fixture');
  work = path.join(root, 'work');
  fs.mkdirSync(work);
  fs.cpSync(FIXTURE, entityFolder, { recursive: true });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function options(
  overrides: Partial<ManifestPolicyOptions> = {},
): ManifestPolicyOptions {
  return {
    urlReader: mockServices.urlReader.mock(),
    kubectl: 'kubectl',
    timeoutMs: 60_000,
    workDir: work,
    ...overrides,
  };
}

/** The fixture component, read from its folder (a `file:` location as in development). */
function fileEntity(overlays: string) {
  return component(
    'svc-fixture',
    { [OVERLAYS]: overlays },
    { location: `file:${entityFolder}/catalog-info.yaml` },
  );
}

function write(relative: string, text: string) {
  const file = path.join(entityFolder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('manifest policy on rendered overlays (real kubectl kustomize)', () => {
  it('passes the compliant overlay and names every broken rule of the violating one', async () => {
    const observations = await observeManifests(
      fileEntity('deploy/overlays/compliant, deploy/overlays/violating'),
      options(),
    );
    expect(observations.map(o => [o.subject, o.result])).toEqual([
      [
        'manifest:component:default/svc-fixture/deploy/overlays/compliant',
        'pass',
      ],
      [
        'manifest:component:default/svc-fixture/deploy/overlays/violating',
        'fail',
      ],
    ]);
    const [compliant, violating] = observations;
    expect(compliant).toMatchObject({
      entityRef: 'component:default/svc-fixture',
      method: 'examine',
      examined: [
        {
          type: 'kustomize-overlay',
          ref: 'component:default/svc-fixture/deploy/overlays/compliant',
          href: 'deploy/overlays/compliant',
        },
      ],
      details: {
        objects: 3,
        workloads: ['Deployment/svc-fixture', 'CronJob/svc-fixture-cleanup'],
      },
    });
    const violation = (container: string, policy: string, message: string) => ({
      object: 'Deployment/svc-fixture',
      container,
      policy,
      message: `container ${container}: ${message}`,
    });
    expect(violating.details?.violations).toEqual([
      violation(
        'svc-fixture',
        'require-resource-limits',
        'resources.limits.memory is missing',
      ),
      violation(
        'debug',
        'require-resource-limits',
        'resources.limits.cpu is missing',
      ),
      violation(
        'debug',
        'require-resource-limits',
        'resources.limits.memory is missing',
      ),
      violation('debug', 'disallow-privileged', 'privileged must not be true'),
      violation(
        'debug',
        'disallow-privileged',
        'allowPrivilegeEscalation must be false',
      ),
      violation('debug', 'require-non-root', 'runAsNonRoot must be true'),
      violation(
        'svc-fixture',
        'require-read-only-root-filesystem',
        'readOnlyRootFilesystem must be true',
      ),
      violation(
        'debug',
        'require-read-only-root-filesystem',
        'readOnlyRootFilesystem must be true',
      ),
    ]);
    expect(violating.summary).toBe(
      'The overlay deploy/overlays/violating renders workloads that break 8 rules: Deployment/svc-fixture container svc-fixture: resources.limits.memory is missing; Deployment/svc-fixture container debug: resources.limits.cpu is missing; Deployment/svc-fixture container debug: resources.limits.memory is missing; Deployment/svc-fixture container debug: privileged must not be true; Deployment/svc-fixture container debug: allowPrivilegeEscalation must be false; Deployment/svc-fixture container debug: runAsNonRoot must be true; Deployment/svc-fixture container svc-fixture: readOnlyRootFilesystem must be true; Deployment/svc-fixture container debug: readOnlyRootFilesystem must be true.',
    );
    expect(fs.readdirSync(work)).toEqual([]);
  });

  it('reads url locations through the UrlReader, relative to the catalog file', async () => {
    const { reader, reads } = folderUrlReader(
      'https://github.com/localplus/svc-fixture/blob/main/',
      entityFolder,
    );
    const entity = component('svc-fixture', {
      [OVERLAYS]: 'deploy/overlays/violating',
    });
    const [observation] = await observeManifests(
      entity,
      options({ urlReader: reader }),
    );
    expect(reads).toEqual([
      'https://github.com/localplus/svc-fixture/blob/main/deploy/',
    ]);
    expect(observation).toMatchObject({
      result: 'fail',
      examined: [
        {
          href: 'https://github.com/localplus/svc-fixture/blob/main/deploy/overlays/violating/',
        },
      ],
    });
  });

  it('checks bare Pods too, and fails a workload it cannot examine', async () => {
    write(
      'deploy/overlays/odd/kustomization.yaml',
      'resources:\n  - pod.yaml\n  - empty.yaml\n',
    );
    write(
      'deploy/overlays/odd/pod.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: shell\n      image: busybox:1.36\n',
    );
    write(
      'deploy/overlays/odd/empty.yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hollow\nspec:\n  template:\n    spec:\n      containers: []\n',
    );
    const [observation] = await observeManifests(
      fileEntity('deploy/overlays/odd'),
      options(),
    );
    expect(observation.result).toBe('fail');
    expect(observation.details?.workloads).toEqual([
      'Deployment/hollow',
      'Pod/debug',
    ]);
    expect(observation.details?.violations).toEqual(
      expect.arrayContaining([
        {
          object: 'Deployment/hollow',
          policy: 'require-pod-template',
          message: 'the pod spec has no containers',
        },
        {
          object: 'Pod/debug',
          container: 'shell',
          policy: 'require-non-root',
          message: 'container shell: runAsNonRoot must be true',
        },
      ]),
    );
    expect(observation.summary).toContain(
      'Deployment/hollow the pod spec has no containers',
    );
  });

  it('is not applicable without overlays, or for an overlay that renders no workload', async () => {
    const [none] = await observeManifests(component('svc-plain'), options());
    expect(none).toMatchObject({
      subject: 'manifest:component:default/svc-plain',
      result: 'not-applicable',
      summary:
        'Has no localplus.io/kustomize-overlays annotation: no manifests to render.',
    });
    const [config] = await observeManifests(
      fileEntity('deploy/overlays/config-only'),
      options(),
    );
    expect(config).toMatchObject({
      result: 'not-applicable',
      summary:
        'The overlay deploy/overlays/config-only renders 1 objects and no workload.',
    });
  });

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
      fs.mkdirSync(path.join(root, 'repo', 'outside'), { recursive: true });
      fs.writeFileSync(
        path.join(root, 'repo', 'outside', 'kustomization.yaml'),
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
      fs.writeFileSync(path.join(root, 'secret.yaml'), 'kind: Secret\n');
      fs.symlinkSync(
        path.join(root, 'secret.yaml'),
        path.join(entityFolder, 'deploy/base/secret.yaml'),
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

  it("reports kustomize's own failure, and renders the entity's other overlays", async () => {
    write(
      'deploy/overlays/broken/kustomization.yaml',
      'resources:\n  - ../../base\n  - missing.yaml\n',
    );
    const observations = await observeManifests(
      fileEntity('deploy/overlays/broken, deploy/overlays/compliant'),
      options(),
    );
    expect(observations.map(o => o.result)).toEqual(['error', 'pass']);
    expect(observations[0].summary).toMatch(
      /^The overlay deploy\/overlays\/broken was not rendered: kustomize failed: .*missing\.yaml/,
    );
    expect(observations[0].summary).not.toContain(work);
  });

  it("copies only the overlay's top-level folder, whatever else the repository holds", async () => {
    // A repository root: build output over the file size limit and more
    // files than the staging budget, none of them under deploy/.
    write('packages/app/dist/static/main.js', 'x'.repeat(4096));
    for (let i = 0; i < 120; i += 1) write(`docs/page-${i}.md`, '# page');
    const limits = { maxFiles: 100, maxFileBytes: 1024, maxTotalBytes: 1e6 };
    const [file] = await observeManifests(
      fileEntity('deploy/overlays/compliant'),
      options({ stagingLimits: limits }),
    );
    expect(file.result).toBe('pass');

    const { reader, reads } = folderUrlReader(
      'https://github.com/localplus/svc-fixture/blob/main/',
      entityFolder,
    );
    const [url] = await observeManifests(
      component('svc-fixture', { [OVERLAYS]: 'deploy/overlays/compliant' }),
      options({ urlReader: reader, stagingLimits: limits }),
    );
    expect(url.result).toBe('pass');
    expect(reads).toEqual([
      'https://github.com/localplus/svc-fixture/blob/main/deploy/',
    ]);
  });

  it('refuses too large a folder, and stops a slow render at its timeout', async () => {
    write('deploy/blob.bin', 'x'.repeat(4096));
    const [large] = await observeManifests(
      fileEntity('deploy/overlays/compliant'),
      options({
        stagingLimits: {
          maxFiles: 100,
          maxFileBytes: 1024,
          maxTotalBytes: 1_000_000,
        },
      }),
    );
    expect(large.summary).toBe(
      'The overlay deploy/overlays/compliant was not rendered: deploy/blob.bin is larger than 1024 bytes.',
    );
    const [slow] = await observeManifests(
      fileEntity('deploy/overlays/compliant'),
      options({ timeoutMs: 1 }),
    );
    expect(slow).toMatchObject({
      result: 'error',
      summary:
        'The overlay deploy/overlays/compliant was not rendered: kustomize did not finish within 1 ms.',
    });
  });
});
