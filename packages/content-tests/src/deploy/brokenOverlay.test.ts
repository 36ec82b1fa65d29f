import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkAdmissionPolicies } from '@localplus/plugin-golden-path-common';
import { environmentProblems } from './__testUtils__/environmentChecks';
import { allowAllEgress } from './__testUtils__/networkChecks';
import { portalPolicyViolations } from './__testUtils__/policyChecks';
import { productionConfigVariables } from './__testUtils__/productionConfigVariables';
import {
  deployFolder,
  renderKustomization,
} from './__testUtils__/renderKustomization';
import { unpinnedImages } from './__testUtils__/workloadChecks';

jest.setTimeout(60_000);

const PORTAL_IMAGE =
  '123456789012.dkr.ecr.eu-west-1.amazonaws.com/localplus/developer-portal';

/**
 * The checks of deployOverlays.test.ts on overlays that break them: a copy
 * of deploy/ with one more overlay over prod, rendered by the real kubectl.
 */
describe('the deploy checks, on an overlay that breaks them', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-deploy-'));
    await fs.cp(deployFolder, path.join(workDir, 'deploy'), {
      recursive: true,
    });
  });

  afterAll(async () => {
    await fs.rm(workDir, { recursive: true, force: true });
  });

  async function renderOverPod(name: string, patches: object[], extra = '') {
    const folder = path.join(workDir, 'deploy/overlays', name);
    await fs.mkdir(folder);
    await fs.writeFile(
      path.join(folder, 'kustomization.yaml'),
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources: [../prod]',
        `patches: ${JSON.stringify(patches)}`,
        extra,
      ].join('\n'),
    );
    return renderKustomization(folder);
  }

  const deploymentPatch = (operations: object[]) => ({
    target: { kind: 'Deployment', name: 'developer-portal' },
    patch: JSON.stringify(operations),
  });

  it('reports a writable root filesystem and missing limits, with the admission rules too', async () => {
    const objects = await renderOverPod('writable', [
      deploymentPatch([
        {
          op: 'replace',
          path: '/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem',
          value: false,
        },
        {
          op: 'remove',
          path: '/spec/template/spec/containers/0/resources/limits',
        },
      ]),
    ]);
    const expected = [
      'require-read-only-root-filesystem',
      'require-resource-limits',
    ];
    for (const check of [portalPolicyViolations, checkAdmissionPolicies]) {
      const violations = check(objects);
      expect([...new Set(violations.map(v => v.policy))].sort()).toEqual(
        expected,
      );
      expect(violations.map(v => v.message)).toEqual(
        expect.arrayContaining([
          'container backend: readOnlyRootFilesystem must be true',
          'container backend: resources.limits.memory is missing',
        ]),
      );
    }
  });

  it('reports a missing liveness probe, which the health-path allowance does not cover', async () => {
    const objects = await renderOverPod('no-liveness', [
      deploymentPatch([
        {
          op: 'remove',
          path: '/spec/template/spec/containers/0/livenessProbe',
        },
      ]),
    ]);
    expect(portalPolicyViolations(objects)).toEqual([
      expect.objectContaining({
        policy: 'require-probes',
        message: 'container backend: livenessProbe on /health/live is missing',
      }),
    ]);
  });

  it('reports a single replica', async () => {
    const objects = await renderOverPod('single', [
      deploymentPatch([{ op: 'replace', path: '/spec/replicas', value: 1 }]),
    ]);
    expect(portalPolicyViolations(objects).map(v => v.message)).toEqual([
      'replicas must be at least 2',
    ]);
  });

  it('reports a secret left out of Vault and a variable left unset', async () => {
    const objects = await renderOverPod('missing-secret', [
      {
        target: { kind: 'ExternalSecret', name: 'developer-portal' },
        patch: JSON.stringify([{ op: 'remove', path: '/spec/data/1' }]),
      },
      {
        target: { kind: 'ConfigMap', name: 'developer-portal-config' },
        patch: JSON.stringify([{ op: 'remove', path: '/data/ARGOCD_URL' }]),
      },
    ]);
    expect(environmentProblems(objects, productionConfigVariables())).toEqual([
      'ARGOCD_URL is not provided',
      'POSTGRES_PASSWORD is not provided',
    ]);
  });

  it('reports egress to everywhere and an image on latest', async () => {
    const objects = await renderOverPod(
      'open',
      [
        {
          target: { kind: 'CiliumNetworkPolicy', name: 'developer-portal' },
          patch: JSON.stringify([
            {
              op: 'add',
              path: '/spec/egress/-',
              value: { toEntities: ['world'] },
            },
          ]),
        },
      ],
      `images: [{ name: ${PORTAL_IMAGE}, newTag: latest }]`,
    );
    expect(allowAllEgress(objects)).toEqual([
      'CiliumNetworkPolicy/developer-portal egress rule 6 allows the world entity',
    ]);
    expect(unpinnedImages(objects)).toHaveLength(1);
  });
});
