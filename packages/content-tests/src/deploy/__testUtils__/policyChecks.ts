import {
  checkPlatformPolicies,
  PolicyViolation,
} from '@localplus/plugin-golden-path-common';
import type { RenderedObject } from './renderKustomization';

/**
 * Backstage serves its health on fixed paths, where the golden path's
 * Python skeleton serves /health/live and /health/ready. The paths are the
 * one part of `require-probes` the portal cannot follow; the probes
 * themselves are still required.
 */
export const BACKSTAGE_HEALTH_PATHS: Record<string, string> = {
  livenessProbe: '/.backstage/health/v1/liveness',
  readinessProbe: '/.backstage/health/v1/readiness',
};

const HEALTH_PATH_DEVIATION =
  /(livenessProbe|readinessProbe) must call \/health\/(live|ready), not (\S+)$/;

/** A `require-probes` violation that only names Backstage's own health path. */
export function isBackstageHealthPath(violation: PolicyViolation): boolean {
  const match = HEALTH_PATH_DEVIATION.exec(violation.message);
  return (
    violation.policy === 'require-probes' &&
    match !== null &&
    BACKSTAGE_HEALTH_PATHS[match[1]] === match[3]
  );
}

/**
 * The golden path's policies, exactly as the scaffolder holds a new service
 * to them, less the health-path difference above: empty when the render
 * complies.
 */
export function portalPolicyViolations(
  objects: readonly RenderedObject[],
): PolicyViolation[] {
  return checkPlatformPolicies(objects).filter(
    violation => !isBackstageHealthPath(violation),
  );
}
