/**
 * The platform facts the simulated clusters follow (data/platform.yaml, which
 * cites the seeds for each), checked at load.
 */
import { z } from 'zod';
import { loadDataFile } from '../dataFiles';
import { SeededRandom } from './random';

const name = z.string().min(1);
const count = z.number().int().min(0);
const environmentName = z.enum(['dev', 'staging', 'prod']);
const scenarioTarget = z.object({
  component: name,
  environment: environmentName,
});

export const platformSchema = z.object({
  environments: z
    .array(
      z.object({
        environment: environmentName,
        cluster: name,
        autoSync: z.boolean(),
        traceSampleRatio: z.number().min(0).max(1),
        logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']),
        vpcSecondOctet: z.number().int().min(0).max(255),
        deployedCommits: z.array(z.number().int().min(1)).min(1),
        deployDelaySeconds: z.tuple([count, count]),
      }),
    )
    .min(1),
  commitsPerComponent: z.number().int().min(2),
  commitMessages: z.array(name).min(1),
  fallbackAuthor: z.object({ name, email: z.email() }),
  awsRegion: name,
  imageRegistry: name,
  serviceTemplate: z.object({
    minReplicas: count,
    maxReplicas: count,
    cpuTargetUtilization: count,
    memoryTargetUtilization: count,
    requestMillicores: count,
    requestMebibytes: count,
    limitMillicores: count,
    limitMebibytes: count,
    port: z.number().int().min(1).max(65535),
    quotaPods: count,
  }),
  platformNamespace: name,
  platformTier: name,
  baseNamespaces: z.array(name),
  nodesPerPool: z.object({ platform: count, application: count }),
  scheduledJobs: z.array(
    z.object({ service: name, name, schedule: name, description: name }),
  ),
  gateway: z.object({
    name,
    namespace: name,
    sectionName: name,
    controllerName: name,
  }),
  scenarios: z.object({
    crashLoop: scenarioTarget.optional(),
    hpaAtMaximum: scenarioTarget.optional(),
    rollingOut: scenarioTarget.optional(),
    pendingPromotion: scenarioTarget.optional(),
    /** DEMO DATA: its default is in data/kubernetes-templates.yaml (`containerHardening`). */
    policyViolation: scenarioTarget.optional(),
  }),
});

export const PLATFORM = loadDataFile('platform.yaml', platformSchema);

export type ClusterEnvironment = (typeof PLATFORM.environments)[number];
export type EnvironmentName = z.infer<typeof environmentName>;
/** Where a special case happens: one component in one environment. */
export type ScenarioTarget = z.infer<typeof scenarioTarget>;
/** The deliberate departures from a healthy platform (see data/platform.yaml). */
export type Scenarios = z.infer<typeof platformSchema>['scenarios'];

/** An address in the environment's private workload subnet (001 §9.1: x.x.0.0/20). */
export function workloadSubnetAddress(
  env: ClusterEnvironment,
  random: SeededRandom,
): string {
  return `10.${env.vpcSecondOctet}.${random.int(0, 15)}.${random.int(4, 254)}`;
}
