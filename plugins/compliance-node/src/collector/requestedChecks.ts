import type {
  ControlEvidence,
  JsonValue,
} from '@localplus/plugin-compliance-common';
import { canonicalJson } from '../ledger/canonicalJson';

/** A check to run once, with the parameters one or more controls give it. */
export interface RequestedCheck {
  check: string;
  params?: { [key: string]: JsonValue };
}

/**
 * The collector's checks the controls cite, each distinct parameter set once
 * (two controls citing a check with the same parameters share its run), in
 * the order they were first cited.
 */
export function requestedChecks(
  requested: readonly ControlEvidence[],
  collectorId: string,
): RequestedCheck[] {
  const seen = new Map<string, RequestedCheck>();
  for (const evidence of requested) {
    if (!evidence.check.startsWith(`${collectorId}.`)) continue;
    const params =
      evidence.params && Object.keys(evidence.params).length > 0
        ? evidence.params
        : undefined;
    const key = canonicalJson({ check: evidence.check, params: params ?? {} });
    if (!seen.has(key)) {
      seen.set(key, { check: evidence.check, ...(params ? { params } : {}) });
    }
  }
  return [...seen.values()];
}
