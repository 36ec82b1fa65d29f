import { TEMPLATES } from './kubernetesTemplates';
import { kubeObject, KubeObject, renderObject } from './kubeObject';
import { ClusterEnvironment, PLATFORM } from './platform';
import { seeded } from './random';
import { render, Scope } from './renderTemplate';
import { poolNodes } from './workloadPlan';

const DAY_MS = 86_400_000;

/**
 * The nodes of both pools: each joined the cluster a few days after it was
 * created (managed node groups replace nodes at every AMI update) and
 * reported to the API server seconds ago.
 */
export function buildNodes(
  env: ClusterEnvironment,
  clusterCreatedAt: Date,
  now: Date,
): KubeObject[] {
  const pools = ['platform', 'application'] as const;
  return pools.flatMap(poolName =>
    poolNodes(env, poolName).map(node => {
      const random = seeded(env.cluster, 'node-age', node.name);
      const createdAt = new Date(
        clusterCreatedAt.getTime() + random.int(1, 20) * DAY_MS,
      );
      const scope: Scope = {
        ...PLATFORM,
        env,
        pool: TEMPLATES.nodePools[poolName],
        node: {
          ...node,
          readyAt: new Date(createdAt.getTime() + random.int(40, 90) * 1000),
          heartbeatAt: new Date(now.getTime() - random.int(5, 40) * 1000),
        },
      };
      return renderObject('Node', scope, { cluster: env.cluster, createdAt })!;
    }),
  );
}

/** The platform's cluster-wide objects of data/kubernetes-templates.yaml, for one cluster. */
export function buildPlatformObjects(
  env: ClusterEnvironment,
  createdAt: Date,
): KubeObject[] {
  const scope: Scope = { ...PLATFORM, env };
  return TEMPLATES.platformObjects.map(({ kind, metadata, ...body }) => {
    const meta = render(metadata, scope) as Scope & { name: string };
    return kubeObject(
      kind,
      { ...meta, cluster: env.cluster, createdAt },
      render(body, scope) as Scope,
    );
  });
}

/** The namespaces the platform's objects live in (`observability`, `kube-system`). */
export function platformObjectNamespaces(): string[] {
  return TEMPLATES.platformObjects.flatMap(
    object => object.metadata.namespace ?? [],
  );
}
