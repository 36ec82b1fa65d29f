import type {
  ComplianceControl,
  ComplianceExemption,
} from '@localplus/plugin-compliance-common';
import { compareText } from '../compareText';
import type {
  OscalParty,
  OscalResponsibleParty,
  OscalRole,
} from './oscalDocument';
import { oscalString, stableUuid } from './oscalValues';

/**
 * The roles the people and teams named in an export play in it. OSCAL
 * wants every `role-id` (of a responsible party, a log entry, an actor)
 * defined in `metadata.roles`.
 */
export const OSCAL_ROLES = {
  'control-owner': {
    title: 'Control owner',
    description:
      'Owns a control defined as code: answers for its operation and its evidence.',
  },
  'exemption-requester': {
    title: 'Exemption requester',
    description: 'Asked for an exemption of a subject from a control.',
  },
  'exemption-approver': {
    title: 'Exemption approver',
    description: 'Approved or rejected an exemption asked for.',
  },
} as const;

export type OscalRoleId = keyof typeof OSCAL_ROLES;

/**
 * The party an entity ref stands for: a Backstage user is a person, a
 * group an organization ("a group of individuals formed for a specific
 * purpose", OSCAL's words). Any other ref names no party: OSCAL knows no
 * third kind, and guessing one would invent a fact.
 */
export function partyType(ref: string): OscalParty['type'] | undefined {
  const kind = /^([^:/]+):/.exec(ref)?.[1]?.toLowerCase();
  if (kind === 'user') return 'person';
  if (kind === 'group') return 'organization';
  return undefined;
}

/** The uuid of the party of `ref` in `metadata.parties`, when it names one. */
export function partyUuid(ref: string | undefined): string | undefined {
  const name = oscalString(ref);
  return name && partyType(name) ? stableUuid('party', name) : undefined;
}

/** Who decided an exemption and when, as its risk log records it. */
export function exemptionDecision(
  exemption: ComplianceExemption,
): { at: string; by?: string } | undefined {
  if (!exemption.decidedAt || exemption.status === 'requested') {
    return undefined;
  }
  return { at: exemption.decidedAt, by: exemption.decidedBy };
}

/**
 * `metadata.roles`, `parties` and `responsible-parties`: the owners of the
 * controls and the people who asked for and decided exemptions, one party
 * per ref, each role listed once with all who played it.
 */
export function oscalMetadataParties(
  controls: ComplianceControl[],
  exemptions: ComplianceExemption[],
): {
  roles?: OscalRole[];
  parties?: OscalParty[];
  'responsible-parties'?: OscalResponsibleParty[];
} {
  const refsByRole: Record<OscalRoleId, Array<string | undefined>> = {
    'control-owner': controls.map(control => control.owner),
    'exemption-requester': exemptions.map(exemption => exemption.requestedBy),
    'exemption-approver': exemptions.map(
      exemption => exemptionDecision(exemption)?.by,
    ),
  };
  const parties = new Map<string, OscalParty>();
  const responsible: OscalResponsibleParty[] = [];
  const roles: OscalRole[] = [];
  for (const [roleId, refs] of Object.entries(refsByRole) as Array<
    [OscalRoleId, Array<string | undefined>]
  >) {
    const names = [
      ...new Set(
        refs.flatMap(ref => {
          const name = oscalString(ref);
          return name && partyType(name) ? [name] : [];
        }),
      ),
    ].sort(compareText);
    if (names.length === 0) continue;
    for (const name of names) {
      parties.set(name, {
        uuid: partyUuid(name)!,
        type: partyType(name)!,
        name,
      });
    }
    roles.push({ id: roleId, ...OSCAL_ROLES[roleId] });
    responsible.push({
      'role-id': roleId,
      'party-uuids': names.map(name => partyUuid(name)!),
    });
  }
  if (roles.length === 0) return {};
  return {
    roles,
    parties: [...parties.keys()]
      .sort(compareText)
      .map(name => parties.get(name)!),
    'responsible-parties': responsible,
  };
}
