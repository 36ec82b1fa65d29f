import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import type { OscalProperty, OscalRisk } from './oscalDocument';
import { localProp, oscalDateTime, someOf, stableUuid } from './oscalValues';

/** The uuid of the risk that records an exemption. */
export function exemptionRiskUuid(exemption: ComplianceExemption): string {
  return stableUuid('exemption', exemption.id);
}

/**
 * An exemption as an OSCAL risk. An exemption is an accepted deviation from
 * a control for one subject, and OSCAL models exactly that as a risk whose
 * status moves from `deviation-requested` to `deviation-approved` (or
 * `closed`), with a deadline and a log of who asked and who decided. Tools
 * that read OSCAL (plans of action, risk registers) then see it; a bare
 * property on the finding would hide the approver and the expiry in text.
 *
 * The status is the exemption's at the end of the period: an approved
 * exemption that expired by then is closed.
 */
export function oscalRisk(
  exemption: ComplianceExemption,
  periodEnd: string,
): OscalRisk {
  const what = `exemption ${exemption.id}`;
  const expiresAt = oscalDateTime(exemption.expiresAt, `${what} expiresAt`);
  const status = riskStatus(exemption, periodEnd);
  const decision = exemption.status === 'approved' ? 'Approved' : 'Rejected';
  return {
    uuid: exemptionRiskUuid(exemption),
    title: `Exemption of ${exemption.subject} from control ${exemption.controlId}`,
    description: exemption.justification,
    statement:
      `Control ${exemption.controlId} is not enforced for ${exemption.subject} ` +
      `until ${expiresAt}.`,
    props: someOf<OscalProperty>([
      localProp('exemption-id', exemption.id),
      localProp('control-id', exemption.controlId),
      localProp('subject', exemption.subject),
      localProp('entity-ref', exemption.entityRef),
      localProp('exemption-status', exemption.status),
      localProp('requested-by', exemption.requestedBy),
      localProp('decided-by', exemption.decidedBy),
    ]),
    status,
    deadline: expiresAt,
    'risk-log': {
      entries: [
        {
          uuid: stableUuid('exemption-requested', exemption.id),
          title: `Requested by ${exemption.requestedBy}`,
          start: oscalDateTime(exemption.requestedAt, `${what} requestedAt`),
          'status-change': 'deviation-requested' as const,
        },
        ...(exemption.decidedAt && exemption.status !== 'requested'
          ? [
              {
                uuid: stableUuid('exemption-decided', exemption.id),
                title: `${decision} by ${
                  exemption.decidedBy ?? 'an unnamed approver'
                }`,
                start: oscalDateTime(exemption.decidedAt, `${what} decidedAt`),
                'status-change':
                  exemption.status === 'approved'
                    ? ('deviation-approved' as const)
                    : ('closed' as const),
                remarks: exemption.decisionComment,
              },
            ]
          : []),
      ],
    },
  };
}

function riskStatus(
  exemption: ComplianceExemption,
  periodEnd: string,
): OscalRisk['status'] {
  switch (exemption.status) {
    case 'requested':
      return 'deviation-requested';
    case 'approved':
      return Date.parse(exemption.expiresAt) > Date.parse(periodEnd)
        ? 'deviation-approved'
        : 'closed';
    default:
      return 'closed';
  }
}
