import { checkPlatformPolicies } from './checkPolicies';
import type { KubernetesObject } from './kubernetesObjects';

const labels = {
  'app.kubernetes.io/name': 'svc-x',
  'app.kubernetes.io/part-of': 'localplus',
  'backstage.io/kubernetes-id': 'svc-x',
  'localplus.io/environment': 'dev',
};

function compliantDeployment(): KubernetesObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'svc-x', labels: { ...labels } },
    spec: {
      replicas: 2,
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'svc-x' } },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [
            {
              name: 'app',
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              resources: {
                requests: { cpu: '100m', memory: '256Mi' },
                limits: { cpu: '500m', memory: '512Mi' },
              },
              livenessProbe: {
                httpGet: { path: '/health/live', port: 'http' },
              },
              readinessProbe: {
                httpGet: { path: '/health/ready', port: 'http' },
              },
            },
          ],
        },
      },
    },
  };
}

const monitor: KubernetesObject = {
  kind: 'ServiceMonitor',
  metadata: { name: 'svc-x', labels: { ...labels } },
  spec: { endpoints: [{ port: 'http', path: '/metrics' }] },
};

function violationsAfter(change: (deployment: any) => void) {
  const deployment = compliantDeployment();
  change(deployment);
  return checkPlatformPolicies([deployment, monitor]).map(
    v => `${v.policy}: ${v.message}`,
  );
}

describe('the platform policies', () => {
  it('admit a compliant workload', () => {
    expect(checkPlatformPolicies([compliantDeployment(), monitor])).toEqual([]);
  });

  it.each([
    [
      'a missing label',
      (d: any) => delete d.metadata.labels['backstage.io/kubernetes-id'],
      'require-labels: label backstage.io/kubernetes-id is missing',
    ],
    [
      'a missing probe',
      (d: any) => delete d.spec.template.spec.containers[0].readinessProbe,
      'require-probes: container app: readinessProbe on /health/ready is missing',
    ],
    [
      'a probe on the wrong path',
      (d: any) =>
        (d.spec.template.spec.containers[0].livenessProbe.httpGet.path = '/'),
      'require-probes: container app: livenessProbe must call /health/live, not /',
    ],
    [
      'no memory limit',
      (d: any) =>
        delete d.spec.template.spec.containers[0].resources.limits.memory,
      'require-resource-limits: container app: resources.limits.memory is missing',
    ],
    [
      'a privileged container',
      (d: any) =>
        (d.spec.template.spec.containers[0].securityContext.privileged = true),
      'disallow-privileged: container app: privileged must not be true',
    ],
    [
      'host networking',
      (d: any) => (d.spec.template.spec.hostNetwork = true),
      'disallow-privileged: hostNetwork must not be used',
    ],
    [
      'an added capability',
      (d: any) =>
        (d.spec.template.spec.containers[0].securityContext.capabilities.add = [
          'NET_ADMIN',
        ]),
      'disallow-privileged: container app: capabilities must not add NET_ADMIN',
    ],
    [
      'privilege escalation',
      (d: any) =>
        delete d.spec.template.spec.containers[0].securityContext
          .allowPrivilegeEscalation,
      'disallow-privileged: container app: allowPrivilegeEscalation must be false',
    ],
    [
      'root',
      (d: any) => (d.spec.template.spec.securityContext = { runAsUser: 0 }),
      'require-non-root: container app: runAsNonRoot must be true',
    ],
    [
      'a writable root filesystem',
      (d: any) =>
        (d.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem =
          false),
      'require-read-only-root-filesystem: container app: readOnlyRootFilesystem must be true',
    ],
    [
      'a single replica',
      (d: any) => (d.spec.replicas = 1),
      'require-high-availability: replicas must be at least 2',
    ],
  ])('report %s', (_label, change, expected) => {
    expect(violationsAfter(change)).toContain(expected);
  });

  it('check CronJob pod templates too', () => {
    const deployment = compliantDeployment();
    const cronJob: KubernetesObject = {
      kind: 'CronJob',
      metadata: { name: 'svc-x-purge', labels: { ...labels } },
      spec: { jobTemplate: { spec: { template: deployment.spec.template } } },
    };
    cronJob.spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged =
      true;
    expect(
      checkPlatformPolicies([cronJob, monitor]).map(v => v.resource),
    ).toContain('CronJob/svc-x-purge');
  });

  it('do not ask run-to-completion Jobs for probes, but hold them to the rest', () => {
    const job: KubernetesObject = {
      kind: 'Job',
      metadata: { name: 'svc-x-migrate', labels: { ...labels } },
      spec: { template: compliantDeployment().spec.template },
    };
    delete job.spec.template.spec.containers[0].livenessProbe;
    delete job.spec.template.spec.containers[0].readinessProbe;
    expect(
      checkPlatformPolicies([compliantDeployment(), job, monitor]),
    ).toEqual([]);
    job.spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem =
      false;
    expect(
      checkPlatformPolicies([compliantDeployment(), job, monitor]).map(
        v => v.resource,
      ),
    ).toEqual(['Job/svc-x-migrate']);
  });

  it('require a ServiceMonitor scraping /metrics for workloads', () => {
    expect(checkPlatformPolicies([compliantDeployment()])).toEqual([
      {
        policy: 'require-metrics',
        resource: 'Deployment/svc-x',
        message: 'no ServiceMonitor scrapes /metrics',
      },
    ]);
  });
});
