import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import type { OscalLoggedBy, OscalProperty, OscalRisk } from './oscalDocument';
import { exemptionDecision, type OscalRoleId, partyUuid } from './oscalParties';
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
 *
 * OSCAL 1.0.6 allows a risk only NIST's own properties (`false-positive`,
 * `accepted`, `risk-adjusted`, `priority`), whatever their namespace: the
 * exemption's id, control and subject are properties of the log entry
 * that records the request, and the people are parties the log and the
 * risk's origin point at.
 *
 * @param observationUuids - the observations of the exempted control's
 *   checks on the exempted subject.
 */
export function oscalRisk(
  exemption: ComplianceExemption,
  periodEnd: string,
  observationUuids: string[] = [],
): OscalRisk {
  const what = `exemption ${exemption.id}`;
  const expiresAt = oscalDateTime(exemption.expiresAt, `${what} expiresAt`);
  const status = riskStatus(exemption, periodEnd);
  const decision = exemptionDecision(exemption);
  const requester = partyUuid(exemption.requestedBy);
  return {
    uuid: exemptionRiskUuid(exemption),
    title: `Exemption of ${exemption.subject} from control ${exemption.controlId}`,
    description: exemption.justification,
    statement:
      `Control ${exemption.controlId} is not enforced for ${exemption.subject} ` +
      `until ${expiresAt}.`,
    status,
    origins: requester
      ? [
          {
            actors: [
              {
                type: 'party',
                'actor-uuid': requester,
                'role-id': 'exemption-requester',
              },
            ],
          },
        ]
      : undefined,
    deadline: expiresAt,
    'risk-log': {
      entries: [
        {
          uuid: stableUuid('exemption-requested', exemption.id),
          title: `Requested by ${exemption.requestedBy}`,
          start: oscalDateTime(exemption.requestedAt, `${what} requestedAt`),
          props: someOf<OscalProperty>([
            localProp('exemption-id', exemption.id),
            localProp('control-id', exemption.controlId),
            localProp('subject', exemption.subject),
            localProp('entity-ref', exemption.entityRef),
            localProp('requested-by', exemption.requestedBy),
          ]),
          'logged-by': loggedBy(exemption.requestedBy, 'exemption-requester'),
          'status-change': 'deviation-requested' as const,
        },
        ...(decision
          ? [
              {
                uuid: stableUuid('exemption-decided', exemption.id),
                title: `${
                  exemption.status === 'approved' ? 'Approved' : 'Rejected'
                } by ${decision.by ?? 'an unnamed approver'}`,
                start: oscalDateTime(decision.at, `${what} decidedAt`),
                props: someOf<OscalProperty>([
                  localProp('exemption-id', exemption.id),
                  localProp('exemption-status', exemption.status),
                  localProp('decided-by', decision.by),
                ]),
                'logged-by': loggedBy(decision.by, 'exemption-approver'),
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
    'related-observations': someOf(
      observationUuids.map(uuid => ({ 'observation-uuid': uuid })),
    ),
  };
}

function loggedBy(
  ref: string | undefined,
  roleId: OscalRoleId,
): OscalLoggedBy[] | undefined {
  const uuid = partyUuid(ref);
  return uuid ? [{ 'party-uuid': uuid, 'role-id': roleId }] : undefined;
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
