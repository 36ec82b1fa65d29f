import fs from 'node:fs';
import path from 'node:path';
import {
  checkAdmissionPolicies,
  checkPlatformPolicies,
  podTemplateOf,
} from '@localplus/plugin-golden-path-common';
import {
  environmentProblems,
  externalSecretKeys,
  OVERLAY_PLACEHOLDER,
  variableSources,
} from './__testUtils__/environmentChecks';
import {
  allowAllEgress,
  hasDefaultDeny,
  ingressPorts,
} from './__testUtils__/networkChecks';
import {
  BACKSTAGE_HEALTH_PATHS,
  isBackstageHealthPath,
  portalPolicyViolations,
} from './__testUtils__/policyChecks';
import { productionConfigVariables } from './__testUtils__/productionConfigVariables';
import {
  deployFolder,
  findObject,
  objectsOfKind,
  RenderedObject,
  renderKustomization,
  repoRoot,
} from './__testUtils__/renderKustomization';
import {
  scrapeProblems,
  selects,
  unpinnedImages,
  unprotectedDeployments,
} from './__testUtils__/workloadChecks';

jest.setTimeout(60_000);

const overlays = fs
  .readdirSync(path.join(deployFolder, 'overlays'))
  .filter(name =>
    fs.existsSync(
      path.join(deployFolder, 'overlays', name, 'kustomization.yaml'),
    ),
  );

/** The CMD of the image's final stage, an exec-form JSON array. */
function imageCommand(): string[] {
  const dockerfile = fs.readFileSync(
    path.join(repoRoot, 'packages', 'backend', 'Dockerfile'),
    'utf8',
  );
  const cmd = dockerfile.match(/^CMD (\[.*\])$/m);
  if (!cmd) throw new Error('the Dockerfile has no exec-form CMD');
  return JSON.parse(cmd[1]);
}

function backendContainer(objects: RenderedObject[]) {
  const template = podTemplateOf(
    findObject(objects, 'Deployment', 'developer-portal'),
  );
  const container = template?.containers.find(c => c.name === 'backend');
  if (!template || !container) throw new Error('no backend container');
  return { template, container: container.spec as any };
}

describe('deploy/ (the portal on EKS)', () => {
  it('has the three environments', () => {
    expect(overlays.sort()).toEqual(['dev', 'prod', 'staging']);
  });

  describe.each(overlays)('overlay %s', environment => {
    let objects: RenderedObject[];

    beforeAll(async () => {
      objects = await renderKustomization(
        path.join(deployFolder, 'overlays', environment),
      );
    });

    it("runs the image's own command (packages/backend/Dockerfile's CMD)", () => {
      expect(backendContainer(objects).container.command).toEqual(
        imageCommand(),
      );
    });

    it('renders every object into the portal namespace, labelled for its environment', () => {
      expect(objects.length).toBeGreaterThan(10);
      for (const object of objects.filter(o => o.kind !== 'Namespace')) {
        expect(object.metadata?.namespace).toBe('developer-portal');
      }
      expect(JSON.stringify(objects)).not.toContain(OVERLAY_PLACEHOLDER);
      for (const object of objects) {
        expect(object.metadata?.labels).toMatchObject({
          'localplus.io/environment': environment,
        });
      }
    });

    it('passes the admission policies in full', () => {
      expect(checkAdmissionPolicies(objects)).toEqual([]);
    });

    it("passes the golden path's policies, Backstage's health paths aside", () => {
      expect(portalPolicyViolations(objects)).toEqual([]);
      // The only exception is the two probe paths, and nothing more.
      expect(
        checkPlatformPolicies(objects).filter(isBackstageHealthPath),
      ).toHaveLength(2);
    });

    it("probes Backstage's liveness and database-aware readiness, with a startup allowance", () => {
      const { container } = backendContainer(objects);
      for (const [probe, probePath] of Object.entries(BACKSTAGE_HEALTH_PATHS)) {
        expect(container[probe].httpGet).toEqual({
          path: probePath,
          port: 'http',
        });
      }
      const startup = container.startupProbe;
      expect(startup.httpGet.path).toBe(BACKSTAGE_HEALTH_PATHS.livenessProbe);
      // The slow start (20-40 s) fits with room to spare before liveness.
      expect(
        startup.periodSeconds * startup.failureThreshold,
      ).toBeGreaterThanOrEqual(60);
      // A pod busy with a load spike is slow, not hung: its liveness check
      // waits behind its requests (over 3 s in the replica test at 160/s).
      const liveness = container.livenessProbe;
      expect(liveness.timeoutSeconds).toBeGreaterThanOrEqual(10);
      expect(
        liveness.periodSeconds * liveness.failureThreshold,
      ).toBeGreaterThanOrEqual(30);
    });

    it('runs at least two replicas, kept through rollouts and disruptions', () => {
      const deployment = findObject(objects, 'Deployment', 'developer-portal');
      const hpa = findObject(
        objects,
        'HorizontalPodAutoscaler',
        'developer-portal',
      );
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(hpa.spec.minReplicas).toBeLessThanOrEqual(
        deployment.spec.replicas,
      );
      expect(hpa.spec.scaleTargetRef).toMatchObject({
        kind: 'Deployment',
        name: 'developer-portal',
      });
      expect(unprotectedDeployments(objects)).toEqual([]);
      const budget = findObject(
        objects,
        'PodDisruptionBudget',
        'developer-portal',
      );
      expect(budget.spec.minAvailable).toBe(1);
    });

    it('spreads the pods over zones and nodes', () => {
      const { template } = backendContainer(objects);
      const spread = (template.spec.topologySpreadConstraints as any[]) ?? [];
      expect(spread.map(rule => rule.topologyKey).sort()).toEqual([
        'kubernetes.io/hostname',
        'topology.kubernetes.io/zone',
      ]);
      for (const rule of spread) {
        expect(selects(rule.labelSelector.matchLabels, template.labels)).toBe(
          true,
        );
      }
    });

    it('writes only to the /tmp volume, drops every capability and mounts no API token', () => {
      const { template, container } = backendContainer(objects);
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        runAsUser: 1000,
        capabilities: { drop: ['ALL'] },
      });
      expect(template.spec.securityContext).toMatchObject({
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(container.volumeMounts).toEqual([
        { name: 'tmp', mountPath: '/tmp' },
      ]);
      expect(template.spec.volumes).toEqual([
        expect.objectContaining({ name: 'tmp', emptyDir: expect.any(Object) }),
      ]);
      expect(template.spec.automountServiceAccountToken).toBe(false);
    });

    it('reads the clusters with an IRSA role of its own environment', () => {
      const { template } = backendContainer(objects);
      const account = findObject(
        objects,
        'ServiceAccount',
        String(template.spec.serviceAccountName),
      );
      expect(
        account.metadata?.annotations?.['eks.amazonaws.com/role-arn'],
      ).toMatch(/^arn:aws:iam::\d{12}:role\/[\w+=,.@-]+$/);
    });

    it('gives the backend every variable app-config.production.yaml needs', () => {
      const variables = productionConfigVariables();
      expect(variables.length).toBeGreaterThan(20);
      expect(environmentProblems(objects, variables)).toEqual([]);
      const sources = variableSources(objects);
      for (const secret of [
        'POSTGRES_PASSWORD',
        'GITHUB_TOKEN',
        'ARGOCD_TOKEN',
      ]) {
        expect(sources.get(secret)).toBe('secret');
      }
    });

    it('takes every secret from Vault, under this environment', () => {
      const [externalSecret] = objectsOfKind(objects, 'ExternalSecret');
      expect(externalSecret.spec.secretStoreRef).toEqual({
        kind: 'ClusterSecretStore',
        name: 'vault-backend',
      });
      expect(externalSecretKeys(objects).size).toBe(1);
      for (const entry of externalSecret.spec.data) {
        expect(entry.remoteRef.key).toMatch(
          new RegExp(`^localplus/developer-portal/${environment}/[a-z-]+$`),
        );
      }
    });

    it('denies by default and lets out no traffic to everywhere', () => {
      expect(hasDefaultDeny(objects)).toBe(true);
      expect(allowAllEgress(objects)).toEqual([]);
      expect(ingressPorts(objects)).toEqual(['7007/TCP', '9464/TCP']);
    });

    it('is scraped on the metrics port the exporter listens on', () => {
      expect(scrapeProblems(objects)).toEqual([]);
      const { container } = backendContainer(objects);
      const metricsPort = container.ports.find(
        (p: any) => p.name === 'metrics',
      );
      const [config] = objectsOfKind(objects, 'ConfigMap');
      expect(config.data?.PORTAL_METRICS_PORT).toBe(
        String(metricsPort.containerPort),
      );
    });

    it('routes its host to the http port and runs a pinned image', () => {
      const route = findObject(objects, 'HTTPRoute', 'developer-portal');
      const [config] = objectsOfKind(objects, 'ConfigMap');
      expect(`https://${route.spec.hostnames[0]}`).toBe(
        config.data?.PORTAL_BASE_URL,
      );
      expect(route.spec.rules[0].backendRefs).toEqual([
        { name: 'developer-portal', port: 7007 },
      ]);
      expect(unpinnedImages(objects)).toEqual([]);
    });
  });
});
