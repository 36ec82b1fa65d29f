import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { stringify } from 'yaml';
import { createValidateManifestsAction } from './createValidateManifestsAction';

jest.setTimeout(30_000);

/** A minimal kustomize tree whose dev overlay can be made to break a policy. */
async function writeManifests(
  workspace: string,
  container: Record<string, unknown>,
) {
  const labels = {
    'app.kubernetes.io/name': 'svc-x',
    'app.kubernetes.io/part-of': 'localplus',
    'backstage.io/kubernetes-id': 'svc-x',
  };
  const files: Record<string, unknown> = {
    'k8s/base/kustomization.yaml': {
      resources: ['deployment.yaml', 'servicemonitor.yaml'],
      labels: [{ pairs: labels, includeTemplates: true }],
    },
    'k8s/base/deployment.yaml': {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'svc-x' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { 'app.kubernetes.io/name': 'svc-x' } },
        template: {
          metadata: { labels: { 'app.kubernetes.io/name': 'svc-x' } },
          spec: {
            securityContext: { runAsNonRoot: true, runAsUser: 1000 },
            containers: [container],
          },
        },
      },
    },
    'k8s/base/servicemonitor.yaml': {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'svc-x' },
      spec: {
        selector: { matchLabels: labels },
        endpoints: [{ port: 'http', path: '/metrics' }],
      },
    },
    'k8s/overlays/dev/kustomization.yaml': {
      resources: ['../../base'],
      labels: [{ pairs: { 'localplus.io/environment': 'dev' } }],
    },
  };
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(workspace, file)), {
      recursive: true,
    });
    await fs.writeFile(path.join(workspace, file), stringify(content));
  }
}

const goodContainer = {
  name: 'app',
  image: 'svc-x',
  securityContext: {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  },
  resources: {
    requests: { cpu: '100m', memory: '256Mi' },
    limits: { cpu: '500m', memory: '512Mi' },
  },
  livenessProbe: { httpGet: { path: '/health/live', port: 8080 } },
  readinessProbe: { httpGet: { path: '/health/ready', port: 8080 } },
};

describe('localplus:manifests:validate', () => {
  const action = createValidateManifestsAction({ kubectl: 'kubectl' });
  let workspace: string;

  beforeEach(async () => {
    workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'manifests-'));
  });
  afterEach(() => fs.rm(workspace, { recursive: true, force: true }));

  function run(input: { directory?: string; overlays?: string[] }) {
    const ctx = createMockActionContext({
      workspacePath: workspace,
      input: {
        directory: 'k8s',
        overlays: ['dev', 'staging', 'prod'],
        ...input,
      },
    });
    return action.handler(ctx).then(() => ctx);
  }

  it('passes a compliant overlay rendered by the real kustomize', async () => {
    await writeManifests(workspace, goodContainer);
    const ctx = await run({ overlays: ['dev'] });
    expect(ctx.output).toHaveBeenCalledWith('objectCounts', { dev: 2 });
  });

  it('fails with every violation, by overlay and resource', async () => {
    await writeManifests(workspace, {
      ...goodContainer,
      securityContext: { privileged: true, readOnlyRootFilesystem: false },
      livenessProbe: undefined,
    });
    const error = await run({ overlays: ['dev'] }).catch(e => e);
    expect(error.message).toMatch(
      /^The Kubernetes manifests break \d+ platform policies:/,
    );
    expect(error.message).toContain(
      '- dev: Deployment/svc-x: [disallow-privileged] container app: privileged must not be true',
    );
    expect(error.message).toContain(
      '- dev: Deployment/svc-x: [require-probes] container app: livenessProbe on /health/live is missing',
    );
    expect(error.message).toContain(
      '- dev: Deployment/svc-x: [require-read-only-root-filesystem] container app: readOnlyRootFilesystem must be true',
    );
  });

  it('names a missing overlay and passes on kustomize errors', async () => {
    await writeManifests(workspace, goodContainer);
    await fs.writeFile(
      path.join(workspace, 'k8s/overlays/dev/kustomization.yaml'),
      'resources: [../../nowhere]\n',
    );
    const error = await run({ overlays: ['dev', 'prod'] }).catch(e => e);
    expect(error.message).toMatch(/- dev: kustomize failed: .*nowhere/);
    expect(error.message).toContain(
      '- prod: overlay folder k8s/overlays/prod is missing',
    );
  });

  it('refuses folders outside the task workspace', async () => {
    await expect(run({ directory: '../../etc' })).rejects.toThrow(
      /outside|workspace/i,
    );
  });

  it('says so when kubectl is missing', async () => {
    await writeManifests(workspace, goodContainer);
    const missing = createValidateManifestsAction({
      kubectl: 'kubectl-not-installed',
    });
    const ctx = createMockActionContext({
      workspacePath: workspace,
      input: { directory: 'k8s', overlays: ['dev'] },
    });
    await expect(missing.handler(ctx)).rejects.toThrow(
      /"kubectl-not-installed" was not found; install kubectl/,
    );
  });
});
