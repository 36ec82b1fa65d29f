import fs from 'node:fs';
import { component } from '../__testUtils__/catalogEntities';
import { folderUrlReader } from '../__testUtils__/folderUrlReader';
import { useManifestFixture } from '../__testUtils__/manifestFixture';
import { observeManifests } from './manifestPolicyCheck';

jest.setTimeout(120_000);

const OVERLAYS = 'localplus.io/kustomize-overlays';
const fixture = useManifestFixture();
const { options, fileEntity, write } = fixture;

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
    expect(fs.readdirSync(fixture.work)).toEqual([]);
  });

  it('reads url locations through the UrlReader, relative to the catalog file', async () => {
    const { reader, reads } = folderUrlReader(
      'https://github.com/localplus/svc-fixture/blob/main/',
      fixture.entityFolder,
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
    expect(observations[0].summary).not.toContain(fixture.work);
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
      fixture.entityFolder,
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
