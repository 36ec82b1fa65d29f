import { canonicalJson } from '@localplus/plugin-compliance-node';
import type {
  ComplianceExemption,
  ControlEvaluation,
  EvaluationRun,
  JsonValue,
  Observation,
} from '@localplus/plugin-compliance-common';
import { createHash } from 'node:crypto';

/**
 * What each kind of ledger record holds. Payloads are plain JSON with no
 * `undefined` (the canonical form refuses it), so optional fields are left
 * out rather than set to nothing.
 */

type JsonObject = { [key: string]: JsonValue };

function compact(value: Record<string, unknown>): JsonObject {
  const result: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) result[key] = field as JsonValue;
  }
  return result;
}

/** An observation record: the observation as collected and its run. */
export function observationPayload(
  runId: string,
  observation: Observation,
): JsonObject {
  return compact({
    runId,
    check: observation.check,
    collector: observation.collector,
    subject: observation.subject,
    entityRef: observation.entityRef,
    result: observation.result,
    summary: observation.summary,
    method: observation.method,
    examined: observation.examined.map(item =>
      compact({ type: item.type, ref: item.ref, href: item.href }),
    ),
    observedAt: observation.observedAt,
    details: observation.details,
  });
}

/** An exemption record: the exemption as it stands after the action. */
export function exemptionPayload(
  action: 'requested' | 'approved' | 'rejected',
  exemption: ComplianceExemption,
): JsonObject {
  return {
    action,
    exemption: compact({ ...exemption }),
  };
}

/**
 * A run record: the run as it finished, and a digest of its evaluations
 * (SHA-256 of the canonical JSON of the evaluations sorted by control and
 * subject). Evaluations can number tens of thousands; the digest makes them
 * as tamper-evident as the records without copying them into the chain.
 */
export function runPayload(
  run: EvaluationRun,
  evaluations: ControlEvaluation[],
): JsonObject {
  return compact({
    runId: run.id,
    trigger: run.trigger,
    requestedBy: run.requestedBy,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    status: run.status,
    observationCount: run.observationCount,
    collectorErrors: run.collectorErrors.map(error => ({ ...error })),
    evaluationCount: evaluations.length,
    evaluationsSha256: evaluationsDigest(evaluations),
  });
}

export function evaluationsDigest(evaluations: ControlEvaluation[]): string {
  const sorted = [...evaluations]
    .sort(
      (a, b) =>
        compareText(a.controlId, b.controlId) ||
        compareText(a.subject, b.subject),
    )
    .map(evaluation => compact({ ...evaluation }));
  return createHash('sha256')
    .update(canonicalJson(sorted), 'utf8')
    .digest('hex');
}

/** Code-unit order, the same on every machine (no locale). */
function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
