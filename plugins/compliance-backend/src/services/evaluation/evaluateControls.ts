import type {
  ComplianceControl,
  ComplianceExemption,
  ControlEvaluation,
  ControlStatus,
  LedgeredObservation,
} from '@localplus/plugin-compliance-common';

/** Why a cited check has no observation at all in a run. */
export type MissingEvidence = 'no collector installed' | 'returned nothing';

/** Longest reason kept; the observations themselves hold the rest. */
const MAX_REASON_LENGTH = 2000;

export interface EvaluateControlsInput {
  runId: string;
  evaluatedAt: string;
  controls: ComplianceControl[];
  /** Every observation of the run, as recorded in the ledger. */
  observations: LedgeredObservation[];
  /** Exemptions approved and in force at `evaluatedAt`. */
  exemptions: ComplianceExemption[];
  /** The check ids of the installed collectors. */
  installedChecks: Set<string>;
}

/**
 * Evaluates each control per subject. The subjects are those its checks
 * observed; for each:
 *
 * - an approved, unexpired exemption of (control, subject) makes it not
 *   applicable, whatever was observed: that is what the exemption is for;
 * - else any failing observation makes it not satisfied;
 * - else an observation in error, or a check of the control with no
 *   observation in the whole run, makes it an error;
 * - else not applicable when every observation is, satisfied otherwise.
 *
 * A control none of whose checks observed anything gets one evaluation in
 * error per missing collector, subject `collector:<id>`, so it is never
 * silently absent from a run.
 */
export function evaluateControls(
  input: EvaluateControlsInput,
): ControlEvaluation[] {
  const byCheck = new Map<string, LedgeredObservation[]>();
  for (const observation of input.observations) {
    const list = byCheck.get(observation.check) ?? [];
    list.push(observation);
    byCheck.set(observation.check, list);
  }
  const exemptions = new Map(
    input.exemptions.map(e => [`${e.controlId}\u0000${e.subject}`, e]),
  );

  return input.controls.flatMap(control => {
    const checks = [...new Set(control.evidence.map(e => e.check))];
    const missing = checks
      .filter(check => !byCheck.has(check))
      .map(check => ({
        check,
        why: (input.installedChecks.has(check)
          ? 'returned nothing'
          : 'no collector installed') as MissingEvidence,
      }));
    const bySubject = new Map<string, LedgeredObservation[]>();
    for (const check of checks) {
      for (const observation of byCheck.get(check) ?? []) {
        const list = bySubject.get(observation.subject) ?? [];
        list.push(observation);
        bySubject.set(observation.subject, list);
      }
    }
    if (bySubject.size === 0) {
      for (const { check } of missing) {
        bySubject.set(`collector:${check.split('.')[0]}`, []);
      }
    }
    const missingReasons = missing.map(
      ({ check, why }) => `no evidence from ${check}: ${why}`,
    );

    return [...bySubject.entries()].map(([subject, observations]) => {
      const exemption = exemptions.get(`${control.id}\u0000${subject}`);
      const verdict = judge(observations, missingReasons, exemption);
      const entityRef = observations.find(o => o.entityRef)?.entityRef;
      return {
        runId: input.runId,
        controlId: control.id,
        subject,
        ...(entityRef ? { entityRef } : {}),
        status: verdict.status,
        reason: limit(verdict.reason),
        observations: observations.map(o => o.sequence),
        ...(verdict.status === 'not-applicable' && exemption
          ? { exemptionId: exemption.id }
          : {}),
        evaluatedAt: input.evaluatedAt,
      };
    });
  });
}

function judge(
  observations: LedgeredObservation[],
  missingReasons: string[],
  exemption: ComplianceExemption | undefined,
): { status: ControlStatus; reason: string } {
  const failing = observations.filter(o => o.result === 'fail');
  const errors = observations.filter(o => o.result === 'error');
  if (exemption) {
    const what = failing.length > 0 ? `; observed: ${summaries(failing)}` : '';
    return {
      status: 'not-applicable',
      reason: `Exempt until ${exemption.expiresAt} (approved by ${exemption.decidedBy}): ${exemption.justification}${what}`,
    };
  }
  if (failing.length > 0) {
    return { status: 'not-satisfied', reason: summaries(failing) };
  }
  if (errors.length > 0 || missingReasons.length > 0) {
    return {
      status: 'error',
      reason: [
        ...(errors.length > 0 ? [summaries(errors)] : []),
        ...missingReasons,
      ].join('; '),
    };
  }
  if (observations.every(o => o.result === 'not-applicable')) {
    return { status: 'not-applicable', reason: summaries(observations) };
  }
  return {
    status: 'satisfied',
    reason: summaries(observations.filter(o => o.result === 'pass')),
  };
}

/** `catalog.owner: No owner; catalog.tier: No tier annotation`. */
function summaries(observations: LedgeredObservation[]): string {
  return observations.map(o => `${o.check}: ${o.summary}`).join('; ');
}

function limit(reason: string): string {
  return reason.length > MAX_REASON_LENGTH
    ? `${reason.slice(0, MAX_REASON_LENGTH - 3)}...`
    : reason;
}
