import { safeEcho } from './safeEcho';

/** The one apiVersion the portal reads. */
export const OPENSLO_V1 = 'openslo/v1';

const OPENSLO_GROUP = /^openslo(\.com)?\//i;
const OPENSLO_VERSION = /^openslo(?:\.com)?\/v(\d+)(alpha|beta)?\d*$/i;

/**
 * Why a document's apiVersion is not read, or undefined for `openslo/v1`.
 * Other OpenSLO versions (`openslo/v1alpha`, `openslo.com/v2alpha`) are named
 * in the message when `safeEcho` allows it, since their documents look alike
 * but differ in many fields.
 */
export function apiVersionProblem(apiVersion: unknown): string | undefined {
  if (apiVersion === OPENSLO_V1) {
    return undefined;
  }
  if (typeof apiVersion !== 'string' || !OPENSLO_GROUP.test(apiVersion)) {
    return `must be ${OPENSLO_V1}`;
  }
  const seen = safeEcho(apiVersion) ?? 'this apiVersion';
  if (apiVersion.toLowerCase() === OPENSLO_V1) {
    return `${seen} must be written ${OPENSLO_V1}, in lowercase`;
  }
  const version = OPENSLO_VERSION.exec(apiVersion);
  const major = version ? Number(version[1]) : undefined;
  const prerelease = Boolean(version?.[2]);
  let which = 'an OpenSLO version the portal does not read';
  if (major !== undefined && (major < 1 || (major === 1 && prerelease))) {
    which = 'an older OpenSLO version';
  } else if (major !== undefined && major > 1) {
    which = 'a newer OpenSLO version';
  }
  return `${seen} is ${which}: the portal reads ${OPENSLO_V1}`;
}
