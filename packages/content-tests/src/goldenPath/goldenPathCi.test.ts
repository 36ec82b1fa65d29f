import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  dryRunGoldenPathOrFail,
  startGoldenPathBackend,
  writeGeneratedFiles,
} from './__testUtils__/goldenPathTestBackend';
import { kustomize } from './__testUtils__/generatedRepository';
import { goldenPathCases } from './__testUtils__/parameterMatrix';

const reusableWorkflow = path.resolve(
  __dirname,
  '../../../../.github/workflows/python-service-ci.yml',
);
const templateFile = path.resolve(
  __dirname,
  '../../../../templates/svc-python/template.yaml',
);

jest.setTimeout(180_000);

/**
 * A generated repository's CI as GitHub would run it: the portal's reusable
 * workflow called with inputs it declares, the check the branch protection
 * requires, and the dev deployment of each image built from main. GitHub
 * Actions and Argo CD do not run here: what the workflows say is read, and
 * the image they set is applied to the generated overlay as Argo CD applies
 * it, then rendered with the real kubectl.
 */
describe('the CI of a LOCAL-PLUS service', () => {
  let backend: Awaited<ReturnType<typeof startGoldenPathBackend>>;
  let workRoot: string;

  beforeAll(async () => {
    backend = await startGoldenPathBackend();
    workRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'golden-path-ci-'));
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(workRoot, { recursive: true, force: true });
  });

  describe.each(goldenPathCases)('$label', ({ values }) => {
    const name = values.name as string;
    let repoDir: string;

    beforeAll(async () => {
      const result = await dryRunGoldenPathOrFail(backend.server, values);
      repoDir = path.join(workRoot, name);
      await writeGeneratedFiles(result, repoDir);
    });

    it('calls the portal\u2019s reusable CI workflow with inputs it declares', async () => {
      const ci = parse(
        await fs.readFile(
          path.join(repoDir, '.github/workflows/ci.yml'),
          'utf8',
        ),
      );
      const reusable = parse(await fs.readFile(reusableWorkflow, 'utf8'));
      const declared = reusable.on.workflow_call.inputs;
      const job = ci.jobs['python-service'];
      expect(job.uses).toBe(
        'localplus/developer-portal/.github/workflows/python-service-ci.yml@main',
      );
      const inputs = Object.entries(job.with as Record<string, unknown>);
      expect(inputs.filter(([input]) => !(input in declared))).toEqual([]);
      // Booleans must reach GitHub as YAML booleans or expressions, not strings.
      expect(
        inputs.filter(
          ([input, value]) =>
            declared[input]?.type === 'boolean' &&
            typeof value !== 'boolean' &&
            !String(value).startsWith('${{'),
        ),
      ).toEqual([]);
      const required = Object.keys(declared).filter(
        input => declared[input].required,
      );
      expect(Object.keys(job.with)).toEqual(expect.arrayContaining(required));
      expect(job.with['buf-lint']).toBe(values.apiStyle === 'rest-grpc');
    });

    it('reports, under its own name, each status check the branch protection requires', async () => {
      const ci = parse(
        await fs.readFile(
          path.join(repoDir, '.github/workflows/ci.yml'),
          'utf8',
        ),
      );
      const template = parse(await fs.readFile(templateFile, 'utf8'));
      const configure = template.spec.steps.find(
        (step: { action: string }) =>
          step.action === 'localplus:github:configure-repository',
      );
      const required: string[] = configure.input.requiredStatusChecks;
      expect(required.length).toBeGreaterThan(0);
      const jobIds = Object.keys(ci.jobs);
      for (const check of required) {
        // GitHub names a job's check after its name, else its id; the jobs
        // of a called workflow report as "<caller job> / <job>" instead.
        const gate = ci.jobs[check];
        expect(gate).toBeDefined();
        expect(gate.name ?? check).toBe(check);
        expect(gate.uses).toBeUndefined();
        // It waits for every other job and runs when one of them failed:
        // a required check that is skipped counts as passed.
        expect([gate.needs].flat().sort()).toEqual(
          jobIds.filter(id => id !== check).sort(),
        );
        expect(gate.if).toMatch(/always\(\)/);
        const script = gate.steps.map((step: { run?: string }) => step.run);
        for (const id of jobIds.filter(other => other !== check)) {
          expect(script.join('\n')).toContain(
            `needs.${id}.result }}" = success`,
          );
        }
      }
    });

    it('deploys to dev the image each build of main pushes, by its commit\u2019s tag', async () => {
      const reusable = parse(await fs.readFile(reusableWorkflow, 'utf8'));
      const deploy = reusable.jobs['deploy-dev'];
      expect(deploy.needs).toBe('build');
      expect(deploy.if).toBe('${{ inputs.push-image }}');
      expect(reusable.jobs.build.outputs.image).toBe(
        '${{ steps.push.outputs.image }}',
      );
      const step = deploy.steps.find((s: { run?: string }) =>
        s.run?.includes('--kustomize-image'),
      );
      expect(step.env).toMatchObject({
        APP: '${{ inputs.service-name }}-dev',
        IMAGE: '${{ needs.build.outputs.image }}',
        NAME: '${{ inputs.service-name }}',
        TAG: '${{ github.sha }}',
      });
      expect(step.run).toContain(
        './argocd app set "$APP" --grpc-web --kustomize-image "$NAME=$IMAGE:$TAG"',
      );
      expect(step.run).toContain('./argocd app sync "$APP"');

      // Argo CD applies the override to the dev overlay from Git as
      // `kustomize edit set image` writes it; rendered, every container of
      // the service then runs the pushed image.
      const overlayFile = path.join(
        repoDir,
        'k8s/overlays/dev/kustomization.yaml',
      );
      const overlay = parse(await fs.readFile(overlayFile, 'utf8'));
      const entry = overlay.images.find(
        (image: { name: string }) => image.name === name,
      );
      expect(entry).toBeDefined();
      const image = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/${name}`;
      const sha = 'd6cd1e2bd19e03a81132a23b2025920577f84e37';
      Object.assign(entry, { newName: image, newTag: sha });
      await fs.writeFile(overlayFile, stringify(overlay));
      const containers = (await kustomize(repoDir, 'dev')).flatMap(object => {
        const pod =
          object.spec?.template?.spec ??
          object.spec?.jobTemplate?.spec?.template?.spec;
        return pod ? [...(pod.initContainers ?? []), ...pod.containers] : [];
      });
      expect(containers.length).toBeGreaterThan(0);
      expect(new Set(containers.map(container => container.image))).toEqual(
        new Set([`${image}:${sha}`]),
      );
    });
  });
});
