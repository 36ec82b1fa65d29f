import YAML from 'yaml';
import { findWorkload } from '../__testUtils__/datasetQueries';
import { buildDevstackDataset, DevstackDataset } from './buildDevstackDataset';
import { KubeObject } from './kubeObject';

const NOW = new Date('2026-01-15T12:00:00Z');
const dataset = buildDevstackDataset({ now: NOW });

function objectsOf(data: DevstackDataset, cluster: string, kind: string) {
  return data.clusters
    .find(c => c.name === cluster)!
    .objects.filter(o => o.kind === kind);
}

function configMap(cluster: string, namespace: string, name: string) {
  return objectsOf(dataset, cluster, 'ConfigMap').find(
    o => o.metadata.namespace === namespace && o.metadata.name === name,
  ) as (KubeObject & { data: Record<string, string> }) | undefined;
}

type Container = {
  name: string;
  resources?: { limits?: Record<string, string> };
  securityContext?: Record<string, unknown>;
};

/** The containers of every pod template a cluster serves, by `<kind>/<name>`. */
function podTemplateContainers(data: DevstackDataset, cluster: string) {
  const templates: Array<[string, Container[]]> = [];
  for (const object of data.clusters.find(c => c.name === cluster)!.objects) {
    const spec = object.spec as Record<string, any> | undefined;
    const template =
      object.kind === 'CronJob'
        ? spec?.jobTemplate?.spec?.template
        : spec?.template;
    if (object.kind === 'Pod') {
      templates.push([`Pod/${object.metadata.name}`, spec!.containers]);
    } else if (template?.spec?.containers) {
      templates.push([
        `${object.kind}/${object.metadata.name}`,
        template.spec.containers,
      ]);
    }
  }
  return templates;
}

/** What the admission policies forbid, in one container. */
function departures(container: Container): string[] {
  const context = container.securityContext ?? {};
  const limits = container.resources?.limits ?? {};
  return [
    context.runAsNonRoot !== true && 'runAsNonRoot',
    context.readOnlyRootFilesystem !== true && 'readOnlyRootFilesystem',
    context.allowPrivilegeEscalation !== false && 'allowPrivilegeEscalation',
    context.privileged === true && 'privileged',
    !limits.cpu && 'limits.cpu',
    !limits.memory && 'limits.memory',
  ].filter((found): found is string => Boolean(found));
}

describe('cluster-wide objects', () => {
  it('runs every pod on a node the cluster serves, all in eu-west-1', () => {
    for (const cluster of dataset.clusters) {
      const nodes = objectsOf(dataset, cluster.name, 'Node');
      expect(nodes).toHaveLength(5);
      const names = new Set(nodes.map(n => n.metadata.name));
      for (const pod of objectsOf(dataset, cluster.name, 'Pod')) {
        expect(names).toContain((pod.spec as { nodeName: string }).nodeName);
      }
      expect(
        new Set(
          nodes.map(n => n.metadata.labels?.['topology.kubernetes.io/region']),
        ),
      ).toEqual(new Set(['eu-west-1']));
      expect(
        new Set(
          nodes.map(n => n.metadata.labels?.['topology.kubernetes.io/zone']),
        ),
      ).toEqual(new Set(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']));
    }
  });

  it('taints the platform pool and schedules the platform tools on it', () => {
    const nodes = objectsOf(dataset, 'eks-prod', 'Node');
    const platform = nodes.filter(
      n => n.metadata.labels?.['localplus.io/node-pool'] === 'platform',
    );
    expect(platform).toHaveLength(2);
    for (const node of platform) {
      expect((node.spec as { taints: unknown[] }).taints).toEqual([
        { key: 'platform', value: 'true', effect: 'NoSchedule' },
      ]);
    }
    const gitops = findWorkload(dataset, 'eks-prod', 'platform-gitops')!;
    const platformNames = platform.map(n => n.metadata.name);
    for (const pod of gitops.pods) {
      expect(platformNames).toContain(
        (pod.spec as { nodeName: string }).nodeName,
      );
    }
  });

  it('encrypts every storage class', () => {
    for (const cluster of dataset.clusters) {
      const classes = objectsOf(dataset, cluster.name, 'StorageClass');
      expect(classes.map(c => c.metadata.name)).toEqual(['gp3']);
      expect(classes[0]).toMatchObject({
        provisioner: 'ebs.csi.aws.com',
        parameters: { encrypted: 'true' },
      });
      expect(classes[0].metadata.namespace).toBeUndefined();
    }
  });

  it('configures WireGuard, 30-day log retention and PII redaction in every cluster', () => {
    for (const { name } of dataset.clusters) {
      expect(configMap(name, 'kube-system', 'cilium-config')?.data).toEqual(
        expect.objectContaining({
          'cluster-name': name,
          'enable-wireguard': 'true',
        }),
      );
      const loki = YAML.parse(
        configMap(name, 'observability', 'loki')!.data['config.yaml'],
      );
      expect(loki.limits_config.retention_period).toBe('720h');
      expect(loki.compactor.retention_enabled).toBe(true);
      const otel = YAML.parse(
        configMap(name, 'observability', 'otel-collector')!.data['config.yaml'],
      );
      expect(otel.service.pipelines.logs.processors).toContain('redaction/pii');
      expect(otel.processors['redaction/pii']).toBeDefined();
    }
    const dev = configMap('eks-dev', 'observability', 'loki')!;
    expect(dev.data['config.yaml']).toContain('localplus-loki-dev');
  });

  it('creates the namespaces of the platform objects', () => {
    const names = objectsOf(dataset, 'eks-staging', 'Namespace').map(
      n => n.metadata.name,
    );
    expect(names).toEqual(
      expect.arrayContaining(['kube-system', 'observability', 'platform']),
    );
  });
});

describe('admission policies on the served workloads', () => {
  it('keeps every container compliant except the demo violation, svc-notification in eks-dev', () => {
    const found = dataset.clusters.flatMap(cluster =>
      podTemplateContainers(dataset, cluster.name).flatMap(
        ([object, containers]) =>
          containers
            .filter(container => departures(container).length > 0)
            .map(
              container =>
                `${cluster.name} ${object.replace(
                  /-[a-z0-9]{10}(-[a-z0-9]{5})?$/,
                  '-*',
                )} ${container.name}: ${departures(container).join(', ')}`,
            ),
      ),
    );
    expect([...new Set(found)].sort()).toEqual([
      'eks-dev Deployment/svc-notification svc-notification: readOnlyRootFilesystem, limits.memory',
      'eks-dev Pod/svc-notification-* svc-notification: readOnlyRootFilesystem, limits.memory',
      'eks-dev ReplicaSet/svc-notification-* svc-notification: readOnlyRootFilesystem, limits.memory',
    ]);
  });

  it('keeps the namespace defaults of the golden path in the violating namespace', () => {
    const limitRange = objectsOf(dataset, 'eks-dev', 'LimitRange').find(
      o => o.metadata.namespace === 'svc-notification',
    );
    expect(limitRange?.spec).toEqual({
      limits: [
        expect.objectContaining({
          default: { cpu: '500m', memory: '512Mi' },
        }),
      ],
    });
  });

  it('moves the violation with the scenarios, and removes it when they leave it out', () => {
    const moved = buildDevstackDataset({
      now: NOW,
      scenarios: {
        policyViolation: { component: 'svc-ledger', environment: 'prod' },
      },
    });
    const violating = (data: DevstackDataset) =>
      data.clusters.flatMap(cluster =>
        podTemplateContainers(data, cluster.name)
          .filter(
            ([object, containers]) =>
              object.startsWith('Deployment/') &&
              containers.some(c => departures(c).length > 0),
          )
          .map(([object]) => `${cluster.name} ${object}`),
      );
    expect(violating(moved)).toEqual(['eks-prod Deployment/svc-ledger']);
    expect(
      violating(buildDevstackDataset({ now: NOW, scenarios: {} })),
    ).toEqual([]);
  });
});
