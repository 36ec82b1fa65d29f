/**
 * Platform facts the simulated clusters follow, each taken from the seeds in
 * /work/shared/seeds (French originals). Kept in one place so that a change of
 * the platform's rules is one edit here, and the README can cite them.
 */

export type EnvironmentName = 'dev' | 'staging' | 'prod';

export interface ClusterEnvironment {
  environment: EnvironmentName;
  cluster: string;
  /** 000 §3.3 Environments: dev auto-syncs, staging and prod sync by hand. */
  autoSync: boolean;
  /** 001 §7.6.4 Sampling Strategy: head sampling per environment. */
  traceSampleRatio: number;
  /**
   * Second octet of the environment's VPC. 001 §9.1 gives prod 10.0.0.0/16;
   * the dev and staging ranges are not in the seeds and are made up here.
   */
  vpcSecondOctet: number;
}

export const ENVIRONMENTS: readonly ClusterEnvironment[] = [
  {
    environment: 'dev',
    cluster: 'eks-dev',
    autoSync: true,
    traceSampleRatio: 1,
    vpcSecondOctet: 1,
  },
  {
    environment: 'staging',
    cluster: 'eks-staging',
    autoSync: false,
    traceSampleRatio: 0.5,
    vpcSecondOctet: 2,
  },
  {
    environment: 'prod',
    cluster: 'eks-prod',
    autoSync: false,
    traceSampleRatio: 0.1,
    vpcSecondOctet: 0,
  },
];

/** 001 §1.3: initial region eu-west-1 (Ireland). */
export const AWS_REGION = 'eu-west-1';

/**
 * 002 "Deployment Configuration", "Health Probes", "Horizontal Pod Autoscaler"
 * and "ServiceMonitor Configuration": the golden-path service template. The
 * seeds give no per-environment replica counts, so every environment runs the
 * template's minimum and only the HPA moves it (see scenarios.ts).
 */
export const SERVICE_TEMPLATE = {
  minReplicas: 2,
  maxReplicas: 10,
  cpuTargetUtilization: 70,
  memoryTargetUtilization: 80,
  requests: { cpu: '100m', memory: '256Mi' },
  limits: { cpu: '500m', memory: '512Mi' },
  requestMillicores: 100,
  requestMebibytes: 256,
  port: { name: 'http', containerPort: 8080 },
  livenessProbe: {
    path: '/health/live',
    initialDelaySeconds: 10,
    periodSeconds: 10,
  },
  readinessProbe: {
    path: '/health/ready',
    initialDelaySeconds: 5,
    periodSeconds: 5,
  },
  securityContext: {
    runAsNonRoot: true,
    runAsUser: 1000,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
  },
  metricsPath: '/metrics',
} as const;

/**
 * 001 §2.1.2 (EKS per environment): platform tools share the `platform`
 * namespace on the tainted platform node pool; each domain service has its
 * own application namespace on the application pool.
 */
export const PLATFORM_NAMESPACE = 'platform';
export const PLATFORM_TIER = 'T1';

/** 001 §8.6.8 Scheduled Jobs (CronJobs), the rows owned by a service. */
export const SCHEDULED_JOBS: ReadonlyArray<{
  service: string;
  name: string;
  schedule: string;
  description: string;
}> = [
  {
    service: 'svc-wallet',
    name: 'balance-reconciliation',
    schedule: '0 2 * * *',
    description: 'Daily balance verification',
  },
  {
    service: 'svc-giftcard',
    name: 'expired-giftcards',
    schedule: '0 0 * * *',
    description: 'Mark expired cards',
  },
];

/** 001 §9.3: Cilium implements the Gateway API; HTTPRoutes are path-based. */
export const GATEWAY = {
  name: 'localplus-gateway',
  namespace: PLATFORM_NAMESPACE,
  sectionName: 'https',
  controllerName: 'io.cilium/gateway-controller',
} as const;
