import { asObject, clip } from '../fieldReaders';
import type { PolicyRule } from '../policyTypes';

/** Workloads that serve traffic; Jobs and CronJobs run to completion and have no probes. */
const LONG_RUNNING_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Pod',
]);

/** The golden path's health endpoints, served by the service skeleton. */
const PROBES: Array<[probe: string, path: string]> = [
  ['livenessProbe', '/health/live'],
  ['readinessProbe', '/health/ready'],
];

export const requireProbes: PolicyRule = {
  policy: 'require-probes',
  enforcedAtAdmission: false,
  check(object, report) {
    if (!LONG_RUNNING_KINDS.has(object.kind)) return;
    for (const container of object.template?.containers ?? []) {
      if (container.init) continue;
      for (const [probe, path] of PROBES) {
        const httpGet = asObject(asObject(container.spec[probe])?.httpGet);
        if (!httpGet) {
          report(`${probe} on ${path} is missing`, container);
        } else if (httpGet.path !== path) {
          report(
            `${probe} must call ${path}, not ${clip(String(httpGet.path))}`,
            container,
          );
        }
      }
    }
  },
};
