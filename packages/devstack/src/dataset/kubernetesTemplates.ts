/**
 * The templates of data/kubernetes-templates.yaml and kubernetes-runtime.yaml,
 * checked at load: one per kind the simulator builds, the values that follow
 * a workload's state, the platform's cluster-wide objects, node pools and
 * pod logs.
 */
import { z } from 'zod';
import { loadDataFile } from '../dataFiles';
import { SERVED_RESOURCES } from '../kubernetes/resources';

const template = z.record(z.string(), z.unknown());
const workloadCondition = z.enum(['healthy', 'rollingOut', 'crashLooping']);
const kind = z.enum(SERVED_RESOURCES.map(r => r.kind));
const condition = z.object({
  status: z.enum(['True', 'False']),
  reason: z.string().optional(),
  message: z.string().optional(),
});
const events = z.array(
  z.object({
    type: z.enum(['Normal', 'Warning']),
    reason: z.string().min(1),
    message: z.string().min(1),
    count: z.union([z.number(), z.string()]),
    first: z.string(),
    last: z.string(),
    component: z.string().optional(),
    host: z.string().optional(),
  }),
);
const podState = z.enum(['running', 'starting', 'crashLoop']);
const replicaSetPods = z.object({
  fill: podState.optional(),
  pods: z.array(podState).default([]),
});
const objectTemplate = z.looseObject({
  when: z.string().optional(),
  metadata: template.optional(),
});

const logLine = z.looseObject({
  at: z.union([z.number(), z.string()]),
  level: z.enum(['debug', 'info', 'warn', 'error']),
  message: z.string().min(1),
});

const objects = z.partialRecord(kind, objectTemplate);

const hardening = z.object({
  readOnlyRootFilesystem: z.boolean(),
  limits: template,
});

/** A whole object of the platform, `kind` and `metadata.name` included. */
const platformObject = z.looseObject({
  kind,
  metadata: z.looseObject({
    name: z.string().min(1),
    namespace: z.string().min(1).optional(),
  }),
});

/** What Argo CD applies (data/kubernetes-templates.yaml). */
const appliedSchema = z.object({
  workloadLabels: z.record(z.string(), z.string()),
  containerHardening: z.object({
    golden: hardening,
    demoViolation: hardening.extend({
      target: z.object({
        component: z.string().min(1),
        environment: z.enum(['dev', 'staging', 'prod']),
      }),
    }),
  }),
  podSpec: template,
  platformScheduling: template,
  appliedByArgoCd: z.array(kind),
  objects,
  platformObjects: z.array(platformObject),
});

const nodePool = z.object({
  instanceType: z.string().min(1),
  capacity: z.record(z.string(), z.string()),
  allocatable: z.record(z.string(), z.string()),
  taints: z.array(template).optional(),
});

/** What the cluster creates (data/kubernetes-runtime.yaml). */
const runtimeSchema = z.object({
  states: z.object({
    rollout: z.record(
      workloadCondition,
      z.object({ current: replicaSetPods, previous: replicaSetPods }),
    ),
    progressing: z.record(
      workloadCondition,
      condition.extend({ since: z.string() }),
    ),
    scalingLimited: z.record(
      z.enum(['atMaximum', 'withinRange']),
      condition.extend({ events }),
    ),
    pod: z.record(
      podState,
      z.object({ readiness: condition, container: template, events }),
    ),
  }),
  nodePools: z.object({ platform: nodePool, application: nodePool }),
  objects,
  podLog: z.object({
    startup: z.array(logLine),
    crash: z.array(logLine),
    request: logLine,
    requestPaths: z.object({ probe: z.string(), api: z.string() }),
  }),
});

const applied = loadDataFile('kubernetes-templates.yaml', appliedSchema);
const runtime = loadDataFile('kubernetes-runtime.yaml', runtimeSchema);

export const TEMPLATES = {
  ...applied,
  ...runtime,
  objects: { ...applied.objects, ...runtime.objects },
};

export type EventSpec = z.infer<typeof events>[number];
/** `running`: ready; `starting`: running, readiness not passed yet; `crashLoop`: CrashLoopBackOff. */
export type PodState = z.infer<typeof podState>;
export type WorkloadCondition = z.infer<typeof workloadCondition>;
/** `golden`: the golden path's hardening; `demoViolation`: the one deliberate departure. */
export type ContainerHardening = keyof typeof TEMPLATES.containerHardening;
export type NodePoolName = keyof typeof TEMPLATES.nodePools;

export function templateOf(objectKind: string) {
  const found = TEMPLATES.objects[objectKind as z.infer<typeof kind>];
  if (!found) {
    throw new Error(`No template for ${objectKind} in data/kubernetes-*.yaml`);
  }
  return found;
}
