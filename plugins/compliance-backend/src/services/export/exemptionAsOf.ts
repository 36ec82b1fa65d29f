import type {
  ComplianceExemption,
  CompliancePeriod,
} from '@localplus/plugin-compliance-common';

/**
 * An exemption as it stood at `instant`: a decision taken later is left
 * out, so an export of a closed period does not change when an exemption
 * asked for in it is decided afterwards.
 */
export function exemptionAsOf(
  exemption: ComplianceExemption,
  instant: string,
): ComplianceExemption {
  if (!exemption.decidedAt || exemption.decidedAt < instant) {
    return exemption;
  }
  const {
    decidedAt: _decidedAt,
    decidedBy: _decidedBy,
    decisionComment: _decisionComment,
    ...asked
  } = exemption;
  return { ...asked, status: 'requested' };
}

/**
 * Whether an exemption belongs in a period's evidence: asked for in it, or
 * approved and in force at some time of it.
 */
export function concernsPeriod(
  exemption: ComplianceExemption,
  period: CompliancePeriod,
): boolean {
  if (exemption.requestedAt >= period.to) {
    return false;
  }
  if (exemption.requestedAt >= period.from) {
    return true;
  }
  return (
    exemption.status === 'approved' &&
    exemption.decidedAt !== undefined &&
    exemption.decidedAt < period.to &&
    exemption.expiresAt > period.from
  );
}
