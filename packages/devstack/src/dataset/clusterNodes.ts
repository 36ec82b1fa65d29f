import { AWS_REGION, ClusterEnvironment } from './seedFacts';
import { seeded } from './seededRandom';

export type NodePool = 'platform' | 'application';

export interface ClusterNode {
  name: string;
  internalIP: string;
  pool: NodePool;
}

/**
 * 001 §2.1.3 Node Pool Strategy: a fixed platform pool (2-3 nodes) and an
 * autoscaled application pool (2-10 nodes). The simulator gives each cluster
 * two platform nodes and three application nodes, named like EKS names them.
 */
const NODES_PER_POOL: Record<NodePool, number> = {
  platform: 2,
  application: 3,
};

/** An address in the environment's private workload subnet (001 §9.1: x.x.0.0/20). */
export function workloadSubnetAddress(
  env: ClusterEnvironment,
  random: ReturnType<typeof seeded>,
): string {
  return `10.${env.vpcSecondOctet}.${random.int(0, 15)}.${random.int(4, 254)}`;
}

export function clusterNodes(env: ClusterEnvironment): ClusterNode[] {
  const nodes: ClusterNode[] = [];
  for (const pool of ['platform', 'application'] as const) {
    for (let i = 0; i < NODES_PER_POOL[pool]; i++) {
      const internalIP = workloadSubnetAddress(
        env,
        seeded(env.cluster, 'node', pool, i),
      );
      nodes.push({
        name: `ip-${internalIP.replace(
          /\./g,
          '-',
        )}.${AWS_REGION}.compute.internal`,
        internalIP,
        pool,
      });
    }
  }
  return nodes;
}
